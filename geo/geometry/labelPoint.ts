import { area, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Where to put an area's name: in its largest part (a country, not its islands), at the centroid when that lies
 * inside, otherwise at a point turf guarantees to be on the surface (a crescent's centroid is outside it). The data build
 * runs it and stores the result as `labelPoint`, so the page never loads turf for its labels.
 */
export function labelPoint(shape: Polygon | MultiPolygon): Position {
  const parts: Polygon[] =
    shape.type === 'Polygon' ? [shape] : shape.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = parts.reduce<Polygon | undefined>(
    (best, part) => (best === undefined || area(part) > area(best) ? part : best),
    undefined,
  );
  if (largest === undefined) throw new Error('labelPoint: the shape has no parts');
  const middle = centroid(largest).geometry.coordinates;
  return booleanPointInPolygon(middle, largest) ? middle : pointOnFeature(largest).geometry.coordinates;
}
