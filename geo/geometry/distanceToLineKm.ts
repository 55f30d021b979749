import { pointToLineDistance } from '@turf/turf';
import type { LineString, MultiLineString, Position } from 'geojson';

/** Shortest geodesic distance from a point to a line, or to the nearest part of a multi-line, in kilometres. */
export function distanceToLineKm(point: Position, line: LineString | MultiLineString): number {
  const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
  if (parts.length === 0) throw new Error('distanceToLineKm: the line has no parts');
  return Math.min(
    ...parts.map((coordinates) =>
      pointToLineDistance(point, { type: 'LineString', coordinates }, { units: 'kilometers' }),
    ),
  );
}
