import type { MultiPolygon, Polygon } from 'geojson';
import type { BoundingBox } from '../model/geojson.ts';

/**
 * An area's [west, south, east, north]: the extremes of its coordinates, found by one loop. The page uses it, so it
 * imports no geometry library, which would bring its shared modules along for a few comparisons.
 */
export function boundingBoxOf(area: Polygon | MultiPolygon): BoundingBox {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (const [longitude = NaN, latitude = NaN] of ring) {
        west = Math.min(west, longitude);
        south = Math.min(south, latitude);
        east = Math.max(east, longitude);
        north = Math.max(north, latitude);
      }
    }
  }
  return [west, south, east, north];
}

/** Whether `inner` lies wholly inside `outer` (edges included). */
export function boxContainsBox(outer: BoundingBox, inner: BoundingBox): boolean {
  const [west, south, east, north] = outer;
  return inner[0] >= west && inner[1] >= south && inner[2] <= east && inner[3] <= north;
}
