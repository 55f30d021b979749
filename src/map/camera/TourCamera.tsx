import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundingBox } from '../../model/geojson.ts';
import { toLatLngBounds } from '../toLatLng.ts';

interface TourCameraProps {
  /** The presented step's bounds; null when not presenting. */
  bounds: BoundingBox | null;
  /** False when the reader prefers reduced motion: the map then jumps to each step instead of flying. */
  animate: boolean;
}

/**
 * Frames each tour step as it is presented: the step's bounds, which its build check says contain its focus. The
 * first step is jumped to, as the page itself jumps into presentation mode; later ones are flown to.
 */
export function TourCamera({ bounds, animate }: TourCameraProps) {
  const map = useMap();
  const presenting = useRef(false);
  useEffect(
    function frameStep() {
      if (bounds === null) {
        presenting.current = false;
        return;
      }
      const target = toLatLngBounds(bounds);
      if (animate && presenting.current) map.flyToBounds(target, { duration: 0.8 });
      else map.fitBounds(target, { animate: false });
      presenting.current = true;
    },
    [map, bounds, animate],
  );
  return null;
}
