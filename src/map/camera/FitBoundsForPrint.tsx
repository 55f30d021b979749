import type { LatLng } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundingBox } from '../../model/geojson.ts';
import { toLatLngBounds } from '../toLatLng.ts';

interface FitBoundsForPrintProps {
  /** What a printed map shows: the whole story, whatever the reader had zoomed to. */
  bounds: BoundingBox;
}

/**
 * A handout shows the whole story, at the size the map has on paper (print.css fixes it), and the screen gets its
 * view back afterwards. Chromium announces printing twice: `beforeprint`, sometimes while the screen layout still
 * applies, and the print media query turning on, once it does; every announcement refits, so the last one, at print
 * size, wins. The view to give back is the last one seen on screen: by the time printing is announced, the resize to
 * paper width may already have moved the map.
 */
export function FitBoundsForPrint({ bounds }: FitBoundsForPrintProps) {
  const map = useMap();
  useEffect(
    function showWholeStoryWhilePrinting() {
      const printMedia = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
      let screenView: { centre: LatLng; zoom: number } = { centre: map.getCenter(), zoom: map.getZoom() };
      let printing = false;
      function rememberScreenView() {
        if (printing || printMedia?.matches === true) return;
        screenView = { centre: map.getCenter(), zoom: map.getZoom() };
      }
      function fitForPrint() {
        printing = true;
        map.invalidateSize({ pan: false });
        map.fitBounds(toLatLngBounds(bounds), { animate: false });
      }
      function restoreScreenView() {
        if (!printing) return;
        printing = false;
        const { centre, zoom } = screenView;
        // The screen layout may not be back yet when print ends: wait for the next frame, which lays it out, so that
        // the view is restored at the screen's size.
        window.requestAnimationFrame(() => {
          if (printing) return;
          map.invalidateSize({ pan: false });
          map.setView(centre, zoom, { animate: false });
        });
      }
      function followPrintMedia(event: MediaQueryListEvent) {
        if (event.matches) fitForPrint();
        else restoreScreenView();
      }
      map.on('moveend', rememberScreenView);
      window.addEventListener('beforeprint', fitForPrint);
      window.addEventListener('afterprint', restoreScreenView);
      printMedia?.addEventListener('change', followPrintMedia);
      return () => {
        map.off('moveend', rememberScreenView);
        window.removeEventListener('beforeprint', fitForPrint);
        window.removeEventListener('afterprint', restoreScreenView);
        printMedia?.removeEventListener('change', followPrintMedia);
      };
    },
    [map, bounds],
  );
  return null;
}
