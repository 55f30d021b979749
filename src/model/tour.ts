import { z } from 'zod';
import { BoundingBoxSchema } from './geojson.ts';
import { QuoteAnchorSchema } from './quoteAnchor.ts';

export const TourStepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  text: z.string().min(1),
  /** The article's words that back the step's text. */
  quotes: z.array(QuoteAnchorSchema),
  focusIncidentIds: z.array(z.string().min(1)),
  bounds: BoundingBoxSchema,
});
export type TourStep = z.infer<typeof TourStepSchema>;

export const TourSchema = z.strictObject({
  title: z.string().min(1),
  steps: z.array(TourStepSchema).min(1),
});
export type Tour = z.infer<typeof TourSchema>;
