import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundingBox } from '../../model/geojson.ts';
import { panOpenPopupIntoView } from '../layers/popupClearance.ts';
import { toLatLngBounds } from '../toLatLng.ts';

/** How far past the box the view may pan, as a share of the box's size. */
const MAX_BOUNDS_SLACK = 0.25;

interface KeepViewInsideBoxProps {
  box: BoundingBox;
}

/**
 * The offline basemap stops at a box: panning or zooming out past it would show land cut off in straight lines. While
 * it is drawn, keep the view inside the box, and let the smallest zoom be the one at which the map just fits in it,
 * recomputed when the map is resized (a projector and a phone differ).
 */
export function KeepViewInsideBox({ box }: KeepViewInsideBoxProps) {
  const map = useMap();
  useEffect(
    function confineViewToBox() {
      const bounds = toLatLngBounds(box);
      const previousMinZoom = map.getMinZoom();
      function fitMinZoom() {
        const least = map.getBoundsZoom(bounds, true);
        // Leaflet zooms in to a new least zoom at once, moving an open popup with the map: pan it into view again.
        if (map.getZoom() < least) map.once('zoomend', () => panOpenPopupIntoView(map));
        map.setMinZoom(least);
      }
      fitMinZoom();
      // A little slack beyond the box: a popup near its edge must be able to pan into view.
      map.setMaxBounds(latLngBounds(bounds).pad(MAX_BOUNDS_SLACK));
      map.on('resize', fitMinZoom);
      return () => {
        map.off('resize', fitMinZoom);
        // Leaflet clears the limit when given no bounds.
        map.setMaxBounds();
        map.setMinZoom(previousMinZoom);
      };
    },
    [map, box],
  );
  return null;
}
