import { AreaGeometrySchema, BoundingBoxSchema, RegionGeometrySchema } from './geojson.ts';
import { z } from './zod.ts';

/**
 * `drawn`: a line or an area the author of an opened file drew (a route, a zone), shown as it is, with what the file
 * says of it; Citemap computes nothing from it.
 */
export const RegionKindSchema = z.enum(['border', 'province', 'border-band', 'drawn']);
export type RegionKind = z.infer<typeof RegionKindSchema>;

export const RegionPropertiesSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  kind: RegionKindSchema,
  name: z.string().check(z.minLength(1)),
  country: z.nullable(z.string().check(z.minLength(1))),
  /** Where the geometry comes from and how it was derived. */
  source: z.string().check(z.minLength(1)),
  license: z.string().check(z.minLength(1)),
  /** Measured from this geometry at build time, e.g. a border's length; approximate by nature. */
  lengthKm: z.nullable(z.number().check(z.positive())),
  note: z.nullable(z.string().check(z.minLength(1))),
  /**
   * A province's label: where to write its name, a point inside the shape, computed at build time. Optional, so a
   * story made without it still opens: the map then writes the name at the middle of the province's bounding box.
   */
  labelPoint: z.optional(z.tuple([z.number(), z.number()])),
  /** For a shape from an opened file: its properties as the file has them, as text, in the file's order. */
  fileProperties: z.optional(z.array(z.tuple([z.string(), z.string()]))),
});
export type RegionProperties = z.infer<typeof RegionPropertiesSchema>;

export const RegionSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().check(z.minLength(1)),
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
  id: z.string().check(z.minLength(1)),
  /** The extent of this country's shape (RFC 7946 §5), computed at build time: does a name fit inside it? */
  bbox: BoundingBoxSchema,
  geometry: AreaGeometrySchema,
  properties: z.strictObject({
    name: z.string().check(z.minLength(1)),
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
