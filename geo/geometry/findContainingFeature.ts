import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The first feature whose polygon contains the point (a point on an edge counts as inside), or null when none does.
 * Holes are respected: a point in a hole is outside.
 */
export function findContainingFeature<F extends Feature<Polygon | MultiPolygon | null>>(
  point: Position,
  features: readonly F[],
): F | null {
  return (
    features.find((feature) => feature.geometry !== null && booleanPointInPolygon(point, feature.geometry)) ?? null
  );
}
