import { ArticleSchema } from './article.ts';
import { BoundingBoxSchema } from './geojson.ts';
import { IdSchema, WebUrlSchema } from './ids.ts';
import { IncidentCollectionSchema } from './incident.ts';
import { RegionCollectionSchema } from './region.ts';
import { TourSchema } from './tour.ts';
import { StoryTranslationsSchema } from './translation.ts';
import { z } from './zod.ts';

export const CreditSchema = z.strictObject({
  what: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  license: z.string().check(z.minLength(1)),
  url: z.nullable(WebUrlSchema),
  /** What a reader should know about the data, e.g. whose view of a disputed border the lines follow. */
  note: z.optional(z.string().check(z.minLength(1))),
});
export type Credit = z.infer<typeof CreditSchema>;

export const STORY_SCHEMA_VERSION = 1;

/** Everything specific to one article, as the app loads it: one file, validated on the way in. */
export const StorySchema = z.strictObject({
  schemaVersion: z.literal(STORY_SCHEMA_VERSION),
  id: IdSchema,
  title: z.string().check(z.minLength(1)),
  summary: z.string().check(z.minLength(1)),
  /** What the map frames when it opens. */
  defaultBounds: BoundingBoxSchema,
  article: ArticleSchema,
  incidents: IncidentCollectionSchema,
  regions: RegionCollectionSchema,
  tour: z.nullable(TourSchema),
  credits: z.array(CreditSchema),
  /** The author's text in other languages (docs/story-format.md): optional, so every older story stays valid. */
  translations: z.optional(StoryTranslationsSchema),
});
export type Story = z.infer<typeof StorySchema>;
