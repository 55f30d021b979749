import { BoundingBoxSchema } from '../../src/model/geojson.ts';
import { CreditSchema, StorySchema } from '../../src/model/story.ts';
import { StoryTranslationsSchema } from '../../src/model/translation.ts';
import { z } from '../../src/model/zod.ts';

/** A story's authored settings, in geo/stories/<id>/story.meta.json: everything the build needs besides its sources. */
export const StoryMetaSchema = z.strictObject({
  id: StorySchema.shape.id,
  title: z.string().check(z.minLength(1)),
  summary: z.string().check(z.minLength(1)),
  defaultBounds: BoundingBoxSchema,
  /**
   * A border the story is about, drawn with its band and measured from: absent for a story about no border (every
   * incident's distance to a border is then absent too).
   */
  border: z.optional(
    z.strictObject({
      /** The two countries' ids in world-atlas: zero-padded strings such as "364". */
      countryIds: z.tuple([z.string().check(z.regex(/^\d{3}$/)), z.string().check(z.regex(/^\d{3}$/))]),
      name: z.string().check(z.minLength(1)),
      /** How far the border band reaches on each side of the line. */
      bandWidthKm: z.number().check(z.positive()),
      /** Shown with the border's measured length: what the published figures are, and why ours differs. */
      note: z.string().check(z.minLength(1)),
    }),
  ),
  /** Provinces to draw and to name each incident's province from, relative to the story folder; absent for none. */
  provincesFile: z.optional(z.string().check(z.minLength(1))),
  credits: z.array(CreditSchema),
  translations: z.optional(StoryTranslationsSchema),
});
export type StoryMeta = z.infer<typeof StoryMetaSchema>;
