import { bboxPolygon, feature, featureCollection, intersect } from '@turf/turf';
import type { BBox, MultiPolygon, Polygon } from 'geojson';

/**
 * The part of an area inside a [west, south, east, north] box, or null when nothing is left. A true polygon
 * intersection, not turf's `bboxClip`: that one clips ring by ring and leaves a concave shape that leaves and re-enters
 * the box with edges doubling back along it, which GDAL and other readers reject as self-intersecting.
 */
export function clipToBox(area: Polygon | MultiPolygon, box: BBox): Polygon | MultiPolygon | null {
  const clipped = intersect(featureCollection([feature(area), bboxPolygon(box)]));
  return clipped === null ? null : clipped.geometry;
}
