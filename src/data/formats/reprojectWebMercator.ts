import type { Geometry } from 'geojson';
import proj4 from 'proj4';

// proj4 knows EPSG:3857 and EPSG:4326 without definitions being added; the converter is built once.
const toLongitudeLatitude = proj4('EPSG:3857', 'EPSG:4326');

/**
 * Walks nested coordinate arrays of any depth. Anything that is not a position of finite numbers is returned as it is,
 * so a malformed geometry reaches the shape checks (`explodeFeatures`) unchanged, to be named there, instead of
 * crashing here.
 */
function reprojectCoordinates(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const [x, y, ...rest] = value as unknown[];
  if (typeof x === 'number' && typeof y === 'number') {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return value;
    const [longitude, latitude] = toLongitudeLatitude.forward([x, y]);
    // Z (height) and any further number are not part of the projection: kept as they are.
    return [longitude, latitude, ...rest];
  }
  return value.map(reprojectCoordinates);
}

/**
 * A geometry in Web Mercator (EPSG:3857, metres) as RFC 7946 longitude/latitude (WGS 84): every type, the Multi* forms
 * and GeometryCollection included, keeping a third coordinate. Null stays null; other members are kept.
 */
export function reprojectWebMercator<G extends Geometry | null>(geometry: G): G {
  if (typeof geometry !== 'object' || geometry === null) return geometry;
  const g = geometry as Geometry & { coordinates?: unknown; geometries?: unknown };
  if (g.type === 'GeometryCollection') {
    const members: unknown = g.geometries;
    return {
      ...g,
      geometries: Array.isArray(members) ? members.map((member: Geometry) => reprojectWebMercator(member)) : members,
    } as G;
  }
  return { ...g, coordinates: reprojectCoordinates(g.coordinates) } as G;
}
