import { z } from 'zod';

// RFC 7946 geometry, checked rather than trusted: positions are [longitude, latitude] in WGS 84, with no `crs` member.

export const LongitudeSchema = z.number().min(-180).max(180);
export const LatitudeSchema = z.number().min(-90).max(90);

/** A GeoJSON position: longitude first, then latitude (RFC 7946 §3.1.1). */
export const PositionSchema = z.tuple([LongitudeSchema, LatitudeSchema]);
export type Position = z.infer<typeof PositionSchema>;

const LinearRingSchema = z
  .array(PositionSchema)
  .min(4, 'a linear ring needs at least four positions')
  .refine(
    (ring) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    },
    { message: 'a linear ring must end where it starts' },
  );

export const PointSchema = z.strictObject({ type: z.literal('Point'), coordinates: PositionSchema });
export const LineStringSchema = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(PositionSchema).min(2),
});
export const MultiLineStringSchema = z.strictObject({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(PositionSchema).min(2)).min(1),
});
export const PolygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(LinearRingSchema).min(1),
});
export const MultiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRingSchema).min(1)).min(1),
});

export const AreaGeometrySchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]);
export const RegionGeometrySchema = z.discriminatedUnion('type', [
  LineStringSchema,
  MultiLineStringSchema,
  PolygonSchema,
  MultiPolygonSchema,
]);

/** [west, south, east, north] in degrees, as GeoJSON `bbox` orders it. */
export const BoundingBoxSchema = z
  .tuple([LongitudeSchema, LatitudeSchema, LongitudeSchema, LatitudeSchema])
  .refine(([west, south, east, north]) => west < east && south < north, {
    message: 'a bounding box is [west, south, east, north] with west < east and south < north',
  });
export type BoundingBox = z.infer<typeof BoundingBoxSchema>;
