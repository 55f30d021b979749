import type { MapView } from './viewState.ts';

/** Leaflet's views differ from the URL's rounded ones by rounding only: treat those as the same view. */
export function sameView(a: MapView, b: MapView): boolean {
  return a.zoom === b.zoom && Math.abs(a.latitude - b.latitude) < 1e-4 && Math.abs(a.longitude - b.longitude) < 1e-4;
}
