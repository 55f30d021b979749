import { z } from './zod.ts';

const Text = z.string().check(z.minLength(1));

/** A step of the tour in another language; its quotes are never translated (they are the article's own words). */
export const StepTranslationSchema = z.strictObject({
  title: z.optional(Text),
  text: z.optional(Text),
  /** A question's words by its id; answers stay in the original, beside the words they rest on. */
  questions: z.optional(z.record(z.string(), Text)),
});

/**
 * The author's text in one other language, always said to be a translation and by whom: what is missing is shown in
 * the original, with its language. Quotes, sources and claims are never translated in place.
 */
export const StoryTranslationSchema = z.strictObject({
  /** Who translated: a person, an organisation, or e.g. "Citemap contributors". */
  by: Text,
  /** Drafted with a machine's help and not yet reviewed by a fluent reader: shown to readers as such. */
  machineAssisted: z.boolean(),
  title: z.optional(Text),
  summary: z.optional(Text),
  tourTitle: z.optional(Text),
  /** Tour steps by their id. */
  steps: z.optional(z.record(z.string(), StepTranslationSchema)),
  /** The story's own layer and region names, by the name in the original. */
  layerNames: z.optional(z.record(z.string(), Text)),
});
export type StoryTranslation = z.infer<typeof StoryTranslationSchema>;

/** Translations by BCP 47 language tag ("ur", "fa", "hi"). */
export const StoryTranslationsSchema = z.record(
  z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)),
  StoryTranslationSchema,
);
export type StoryTranslations = z.infer<typeof StoryTranslationsSchema>;
