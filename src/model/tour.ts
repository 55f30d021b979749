import { BoundingBoxSchema } from './geojson.ts';
import { IdSchema } from './ids.ts';
import { QuoteAnchorSchema } from './quoteAnchor.ts';
import { z } from './zod.ts';

export const TourStepSchema = z.strictObject({
  id: IdSchema,
  title: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  /** The article's words that back the step's text. */
  quotes: z.array(QuoteAnchorSchema),
  focusIncidentIds: z.array(z.string().check(z.minLength(1))),
  bounds: BoundingBoxSchema,
});
export type TourStep = z.infer<typeof TourStepSchema>;

export const TourSchema = z.strictObject({
  title: z.string().check(z.minLength(1)),
  steps: z.array(TourStepSchema).check(z.minLength(1)),
});
export type Tour = z.infer<typeof TourSchema>;
