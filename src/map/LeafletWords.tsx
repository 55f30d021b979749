import { useEffect } from 'react';
import type { PopupEvent } from 'leaflet';
import { useMap } from 'react-leaflet';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';

/**
 * Leaflet writes a few English words of its own: the zoom buttons' names and the popups' close button. They are
 * said in the reader's language here, the zoom buttons as they are added and the close button as each popup opens.
 */
export function LeafletWords() {
  const map = useMap();
  const i18n = useI18n();
  useEffect(
    function nameLeafletControls() {
      const zoomIn = i18n._({ id: 'map.zoomIn', message: 'Zoom in' });
      const zoomOut = i18n._({ id: 'map.zoomOut', message: 'Zoom out' });
      const container = map.getContainer();
      for (const [selector, name] of [
        ['.leaflet-control-zoom-in', zoomIn],
        ['.leaflet-control-zoom-out', zoomOut],
      ] as const) {
        const button = container.querySelector(selector);
        button?.setAttribute('title', name);
        button?.setAttribute('aria-label', name);
      }
      // The attribution control rewrites itself from its prefix as layers come and go: the title goes in the prefix.
      const attribution = map.attributionControl;
      const prefix = attribution?.options.prefix;
      if (attribution !== undefined && typeof prefix === 'string') {
        const parsed = document.createElement('template');
        parsed.innerHTML = prefix;
        parsed.content
          .querySelector('a[href*="leafletjs"]')
          ?.setAttribute(
            'title',
            i18n._({ id: 'map.leafletTitle', message: 'A JavaScript library for interactive maps' }),
          );
        attribution.setPrefix(parsed.innerHTML);
      }
      const close = i18n._({ id: 'popup.close', message: 'Close popup' });
      function nameCloseButton(event: PopupEvent) {
        event.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', close);
      }
      map.on('popupopen', nameCloseButton);
      return () => {
        map.off('popupopen', nameCloseButton);
      };
    },
    [map, i18n],
  );
  return null;
}
