import type { MultiPolygon, Polygon } from 'geojson';
import { labelPoint } from '../geometry/labelPoint.ts';

/** A label needs no more than about 100 m. */
const LABEL_DECIMALS = 3;

/** Where the map writes an area's name (see `labelPoint`), rounded as the generated files store it. */
export function roundedLabelPoint(area: Polygon | MultiPolygon): [number, number] {
  const factor = 10 ** LABEL_DECIMALS;
  const [longitude = NaN, latitude = NaN] = labelPoint(area).map((value) => Math.round(value * factor) / factor);
  return [longitude, latitude];
}
