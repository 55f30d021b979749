import { z } from './zod.ts';

// RFC 7946 geometry, checked rather than trusted: positions are [longitude, latitude] in WGS 84, with no `crs` member.

export const LongitudeSchema = z.number().check(z.gte(-180), z.lte(180));
export const LatitudeSchema = z.number().check(z.gte(-90), z.lte(90));

/** A GeoJSON position: longitude first, then latitude (RFC 7946 §3.1.1). */
export const PositionSchema = z.tuple([LongitudeSchema, LatitudeSchema]);
export type Position = z.infer<typeof PositionSchema>;

const LinearRingSchema = z.array(PositionSchema).check(
  z.minLength(4, 'a linear ring needs at least four positions'),
  z.refine(
    (ring) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    },
    { message: 'a linear ring must end where it starts', params: { rule: 'ring-closed' } },
  ),
);

export const PointSchema = z.strictObject({ type: z.literal('Point'), coordinates: PositionSchema });
export const LineStringSchema = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(PositionSchema).check(z.minLength(2)),
});
export const MultiLineStringSchema = z.strictObject({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(PositionSchema).check(z.minLength(2))).check(z.minLength(1)),
});
export const PolygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(LinearRingSchema).check(z.minLength(1)),
});
export const MultiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRingSchema).check(z.minLength(1))).check(z.minLength(1)),
});

export const AreaGeometrySchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]);
export const RegionGeometrySchema = z.discriminatedUnion('type', [
  LineStringSchema,
  MultiLineStringSchema,
  PolygonSchema,
  MultiPolygonSchema,
]);

/** [west, south, east, north] in degrees, as GeoJSON `bbox` orders it. */
export const BoundingBoxSchema = z.tuple([LongitudeSchema, LatitudeSchema, LongitudeSchema, LatitudeSchema]).check(
  z.refine(([west, south, east, north]) => west < east && south < north, {
    message: 'a bounding box is [west, south, east, north] with west < east and south < north',
    params: { rule: 'bbox-order' },
  }),
);
export type BoundingBox = z.infer<typeof BoundingBoxSchema>;
