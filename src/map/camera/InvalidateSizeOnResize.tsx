import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Leaflet notices window resizes but not its container changing size within the page (a status line appearing above
 * it, a panel opening beside it); without this the map would draw for the old size.
 */
export function InvalidateSizeOnResize() {
  const map = useMap();
  useEffect(
    function watchContainerSize() {
      if (typeof ResizeObserver === 'undefined') return undefined;
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return () => observer.disconnect();
    },
    [map],
  );
  return null;
}
