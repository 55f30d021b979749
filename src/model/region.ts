import { z } from 'zod';
import { AreaGeometrySchema, BoundingBoxSchema, RegionGeometrySchema } from './geojson.ts';

export const RegionKindSchema = z.enum(['border', 'province', 'border-band']);
export type RegionKind = z.infer<typeof RegionKindSchema>;

export const RegionPropertiesSchema = z.strictObject({
  id: z.string().min(1),
  kind: RegionKindSchema,
  name: z.string().min(1),
  country: z.string().min(1).nullable(),
  /** Where the geometry comes from and how it was derived. */
  source: z.string().min(1),
  license: z.string().min(1),
  /** Measured from this geometry at build time, e.g. a border's length; approximate by nature. */
  lengthKm: z.number().positive().nullable(),
  note: z.string().min(1).nullable(),
});
export type RegionProperties = z.infer<typeof RegionPropertiesSchema>;

export const RegionSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().min(1),
  geometry: RegionGeometrySchema,
  properties: RegionPropertiesSchema,
});
export type Region = z.infer<typeof RegionSchema>;

export const RegionCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(RegionSchema),
});
export type RegionCollection = z.infer<typeof RegionCollectionSchema>;

/** One country of the bundled offline basemap. */
export const BasemapCountrySchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().min(1),
  geometry: AreaGeometrySchema,
  properties: z.strictObject({
    name: z.string().min(1),
    /** Where to put the label: a point inside the shape, computed at build time. */
    labelPoint: z.tuple([z.number(), z.number()]),
  }),
});
export type BasemapCountry = z.infer<typeof BasemapCountrySchema>;

export const BasemapSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  /** The box the countries were clipped to: beyond it the offline map has no land to show. */
  bbox: BoundingBoxSchema,
  features: z.array(BasemapCountrySchema),
});
export type Basemap = z.infer<typeof BasemapSchema>;
