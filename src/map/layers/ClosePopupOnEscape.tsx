import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Escape closes the open popup from anywhere inside it. Leaflet listens for Escape only while the map itself has
 * focus, so a keyboard user who has tabbed into a popup (to its paragraph links) could not close it with the key.
 * Focus then returns to the popup's marker (see IncidentMarker).
 */
export function ClosePopupOnEscape() {
  const map = useMap();
  useEffect(
    function listenForEscapeInPopups() {
      const container = map.getContainer();
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Escape' || !(event.target instanceof Element)) return;
        if (event.target.closest('.leaflet-popup') === null) return;
        event.preventDefault();
        map.closePopup();
      }
      container.addEventListener('keydown', onKeyDown);
      return () => container.removeEventListener('keydown', onKeyDown);
    },
    [map],
  );
  return null;
}
