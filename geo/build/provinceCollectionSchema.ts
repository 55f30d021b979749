import { z } from 'zod';
import { AreaGeometrySchema } from '../../src/model/geojson.ts';

/** An authored provinces file: area features that each say what they are and where they come from. */
export const ProvinceCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        geometry: AreaGeometrySchema,
        properties: z.object({
          name: z.string().min(1),
          /** The spelling in Natural Earth, when the file uses another. */
          name_natural_earth: z.string().min(1).optional(),
          country: z.string().min(1),
          source: z.string().min(1),
          license: z.string().min(1),
        }),
      }),
    )
    .min(1),
});
export type ProvinceCollection = z.infer<typeof ProvinceCollectionSchema>;
