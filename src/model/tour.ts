import { BoundingBoxSchema } from './geojson.ts';
import { IdSchema } from './ids.ts';
import { QuoteAnchorSchema } from './quoteAnchor.ts';
import { z } from './zod.ts';

/**
 * What an answer rests on: the article's words, or an outside source's few words as one of the story's incidents
 * cites them. Checked like a claim's citation, so every answer can be checked against the words it cites.
 */
export const AnswerCitationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('article'), quote: QuoteAnchorSchema }),
  z.strictObject({
    type: z.literal('outside'),
    incidentId: z.string().check(z.minLength(1)),
    sourceId: z.string().check(z.minLength(1)),
    words: z.string().check(z.minLength(1)),
  }),
]);
export type AnswerCitation = z.infer<typeof AnswerCitationSchema>;

/** A question for a class, with the teacher's answer and the words that answer it, or none for an open question. */
export const DiscussionQuestionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  question: z.string().check(z.minLength(1)),
  answer: z.nullable(
    z.strictObject({
      text: z.string().check(z.minLength(1)),
      citations: z.array(AnswerCitationSchema).check(z.minLength(1)),
    }),
  ),
});
export type DiscussionQuestion = z.infer<typeof DiscussionQuestionSchema>;

export const TourStepSchema = z.strictObject({
  id: IdSchema,
  title: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  /** The article's words that back the step's text. */
  quotes: z.array(QuoteAnchorSchema),
  focusIncidentIds: z.array(z.string().check(z.minLength(1))),
  bounds: BoundingBoxSchema,
  /** Questions to ask the class at this step ("Ask the class" in presentation mode, and the worksheet). */
  questions: z.optional(z.array(DiscussionQuestionSchema)),
});
export type TourStep = z.infer<typeof TourStepSchema>;

export const TourSchema = z.strictObject({
  title: z.string().check(z.minLength(1)),
  steps: z.array(TourStepSchema).check(z.minLength(1)),
});
export type Tour = z.infer<typeof TourSchema>;
