import type { Geometry, Position } from 'geojson';

function roundPosition(position: Position, factor: number): Position {
  return position.map((value) => Math.round(value * factor) / factor);
}

function samePosition(a: Position | undefined, b: Position): boolean {
  return a !== undefined && a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Rounding can make neighbouring vertices equal; a repeated vertex adds bytes and a zero-length segment. */
function roundPath(path: Position[], factor: number, minimumLength: number): Position[] {
  const rounded = path.map((position) => roundPosition(position, factor));
  const kept = rounded.filter((position, index) => index === 0 || !samePosition(rounded[index - 1], position));
  return kept.length >= minimumLength ? kept : rounded;
}

/**
 * Rounds every coordinate to a fixed number of decimal places (5 places is about 1 m, 4 about 11 m), which keeps
 * generated files small and their diffs readable. Polygon winding may change for tiny rings: rewind afterwards.
 */
export function roundCoordinates<G extends Geometry>(geometry: G, options: { decimals: number }): G {
  const factor = 10 ** options.decimals;
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: roundPosition(geometry.coordinates, factor) };
    case 'MultiPoint':
      return { ...geometry, coordinates: geometry.coordinates.map((position) => roundPosition(position, factor)) };
    case 'LineString':
      return { ...geometry, coordinates: roundPath(geometry.coordinates, factor, 2) };
    case 'MultiLineString':
    case 'Polygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((path) => roundPath(path, factor, geometry.type === 'Polygon' ? 4 : 2)),
      };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((rings) => rings.map((ring) => roundPath(ring, factor, 4))),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((member) => roundCoordinates(member, options)) };
  }
}
