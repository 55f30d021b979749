import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

interface AbsorbLayoutChangeProps {
  /** Changes when the page's layout changes around the map (presentation mode begins or ends). */
  layout: string;
}

/**
 * Takes the map's new size at once when the layout around it changes, before the views that follow are set: placed
 * before MapViewSync and TourCamera, so a restored view or a step's bounds are fitted to the size the map now has.
 * Waiting for the resize observer would shift those views afterwards, and its immediate moveend would record the
 * shifted view or stop a flight half-way. The debounced moveend here comes after the new view is set.
 */
export function AbsorbLayoutChange({ layout }: AbsorbLayoutChangeProps) {
  const map = useMap();
  useEffect(
    function takeNewSize() {
      map.invalidateSize({ pan: false, debounceMoveend: true });
    },
    [map, layout],
  );
  return null;
}
