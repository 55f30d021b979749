import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { panOpenPopupIntoView } from './popupClearance.ts';

/**
 * Lays the open popup out again when a disclosure inside it opens or closes (an incident's "Full record"). Leaflet
 * measures a popup only when it opens: the record, opened, grew the popup past its cap and up past the map's top edge,
 * title and close button with it. Laid out again, the content scrolls within the cap and the popup is panned into view.
 */
export function RefitPopupOnToggle() {
  const map = useMap();
  useEffect(
    function listenForDisclosuresInPopups() {
      const container = map.getContainer();
      function onToggle(event: Event) {
        const disclosure = event.target;
        if (!(disclosure instanceof HTMLDetailsElement)) return;
        const content = disclosure.closest('.leaflet-popup-content');
        if (content === null) return;
        // Leaflet's layout clears the content's height to measure it, which scrolls it back to the top.
        const scrolled = content.scrollTop;
        panOpenPopupIntoView(map);
        content.scrollTop = scrolled;
        // What the reader opened is shown from its first line.
        if (disclosure.open) {
          content.scrollTop += disclosure.getBoundingClientRect().top - content.getBoundingClientRect().top;
        }
      }
      // A details element's toggle event does not bubble: it is heard on its way down.
      container.addEventListener('toggle', onToggle, true);
      return () => container.removeEventListener('toggle', onToggle, true);
    },
    [map],
  );
  return null;
}
