import { buffer } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { rewindToRfc7946 } from './rewindToRfc7946.ts';

/**
 * The area within `distanceKm` of a line on either side, as an RFC 7946 polygon.
 * Build time only: turf's buffer pulls in jsts, about 270 kB, which the browser bundle must not carry.
 */
export function borderBand(
  line: LineString | MultiLineString,
  options: { distanceKm: number; stepsPerQuarterCircle?: number },
): Polygon | MultiPolygon {
  if (!(options.distanceKm > 0)) throw new Error(`borderBand: distanceKm must be positive, got ${options.distanceKm}`);
  const band = buffer(line, options.distanceKm, { units: 'kilometers', steps: options.stepsPerQuarterCircle ?? 8 });
  if (band === undefined) throw new Error('borderBand: the buffer of the line is empty');
  return rewindToRfc7946(band.geometry);
}
