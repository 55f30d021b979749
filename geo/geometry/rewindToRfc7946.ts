import type { Geometry, Position } from 'geojson';
import { signedRingArea } from './signedRingArea.ts';

function windRing(ring: Position[], counterClockwise: boolean): Position[] {
  const isCounterClockwise = signedRingArea(ring) > 0;
  return isCounterClockwise === counterClockwise ? ring : [...ring].reverse();
}

function windPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => windRing(ring, index === 0));
}

/**
 * Winds polygons as RFC 7946 §3.1.6 asks: outer rings counter-clockwise, holes clockwise. Lines and points are returned
 * as they are: unlike turf's `rewind`, which also reverses clockwise LineStrings, a line's direction is data here.
 */
export function rewindToRfc7946<G extends Geometry>(geometry: G): G {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: windPolygon(geometry.coordinates) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map(windPolygon) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((member) => rewindToRfc7946(member)) };
    default:
      return geometry;
  }
}
