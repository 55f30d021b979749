import type { Popup, PopupEvent } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { keepPopupClearOfBars, panOpenPopupIntoView, refitPopup } from './popupClearance.ts';

/**
 * Every popup of the map, whatever opened it, keeps clear of the toolbar laid over the map and fits the map's height
 * (popupClearance.ts), and stays so while its content changes. Set as it opens: react-leaflet lays the popup out
 * again just after, with its content, and Leaflet pans it into view then. A shape's popup had neither, and opened
 * under the toolbar, its title and close button hidden. Leaflet measures a popup only when it opens; its content may
 * grow after that (a shape's description, fetched on demand, arriving in place of "…"; an incident's full record
 * opened), and the popup is laid out again to scroll within its cap and stay in view.
 */
export function KeepPopupsInView() {
  const map = useMap();
  useEffect(
    function keepPopupsInView() {
      const container = map.getContainer();
      const watches = new Map<Popup, ResizeObserver>();

      function watchContent(popup: Popup) {
        const content = popup.getElement()?.querySelector('.leaflet-popup-content');
        if (!content || typeof ResizeObserver === 'undefined') return;
        let height = content.getBoundingClientRect().height;
        const watch = new ResizeObserver(() => {
          const now = content.getBoundingClientRect().height;
          if (Math.abs(now - height) < 1) return;
          refitPopup(map, popup);
          // The new layout's own size is no change to answer.
          height = content.getBoundingClientRect().height;
        });
        watch.observe(content);
        watches.set(popup, watch);
      }
      function onOpen({ popup }: PopupEvent) {
        keepPopupClearOfBars(map, popup);
        watchContent(popup);
      }
      function onClose({ popup }: PopupEvent) {
        watches.get(popup)?.disconnect();
        watches.delete(popup);
      }
      // What the reader opened in a popup (an incident's full record) is shown from its first line.
      function onToggle(event: Event) {
        const disclosure = event.target;
        if (!(disclosure instanceof HTMLDetailsElement) || !disclosure.open) return;
        const content = disclosure.closest('.leaflet-popup-content');
        if (content === null) return;
        // Capped first, if the record made it taller than the map allows: only then can it be scrolled to.
        panOpenPopupIntoView(map);
        content.scrollTop += disclosure.getBoundingClientRect().top - content.getBoundingClientRect().top;
      }

      map.on('popupopen', onOpen);
      map.on('popupclose', onClose);
      // A details element's toggle event does not bubble: it is heard on its way down.
      container.addEventListener('toggle', onToggle, true);
      return () => {
        map.off('popupopen', onOpen);
        map.off('popupclose', onClose);
        container.removeEventListener('toggle', onToggle, true);
        for (const watch of watches.values()) watch.disconnect();
        watches.clear();
      };
    },
    [map],
  );
  return null;
}
