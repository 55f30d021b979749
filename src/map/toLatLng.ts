import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';
import type { BoundingBox } from '../model/geojson.ts';

// The one place where GeoJSON's [longitude, latitude] becomes Leaflet's [latitude, longitude].

export function toLatLng(position: readonly number[]): LatLngTuple {
  const [lng = NaN, lat = NaN] = position;
  return [lat, lng];
}

/** GeoJSON's [west, south, east, north] as Leaflet's [[south, west], [north, east]]. */
export function toLatLngBounds([west, south, east, north]: BoundingBox): LatLngBoundsLiteral {
  return [
    [south, west],
    [north, east],
  ];
}
