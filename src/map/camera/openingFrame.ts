import type { MapContainerProps } from 'react-leaflet';
import type { BoundingBox } from '../../model/geojson.ts';
import { toLatLngBounds } from '../toLatLng.ts';

/**
 * How a story's map frames its default bounds when it opens. The story's map and the unseen map that fetches its
 * opening tiles early (OpeningTiles) share it, so that both ask for the same tiles.
 */
export function openingFrame(defaultBounds: BoundingBox): Pick<MapContainerProps, 'bounds' | 'zoomSnap'> {
  return {
    bounds: toLatLngBounds(defaultBounds),
    // Quarter zoom steps let the default view frame the story snugly on any screen width.
    zoomSnap: 0.25,
  };
}
