import { AreaGeometrySchema } from '../../src/model/geojson.ts';
import { z } from '../../src/model/zod.ts';

/** An authored provinces file: area features that each say what they are and where they come from. */
export const ProvinceCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        geometry: AreaGeometrySchema,
        properties: z.object({
          name: z.string().check(z.minLength(1)),
          /** The spelling in Natural Earth, when the file uses another. */
          name_natural_earth: z.optional(z.string().check(z.minLength(1))),
          country: z.string().check(z.minLength(1)),
          source: z.string().check(z.minLength(1)),
          license: z.string().check(z.minLength(1)),
        }),
      }),
    )
    .check(z.minLength(1)),
});
export type ProvinceCollection = z.infer<typeof ProvinceCollectionSchema>;
