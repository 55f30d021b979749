import { Control, DomEvent, DomUtil } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';
import './panButtons.css';

/** Each button: where it moves the view, its arrow, and the view's move as a share of the map's width and height. */
const DIRECTIONS = [
  [/*i18n*/ { id: 'pan.north', message: 'Pan north' }, '↑', 0, -1],
  [/*i18n*/ { id: 'pan.south', message: 'Pan south' }, '↓', 0, 1],
  [/*i18n*/ { id: 'pan.west', message: 'Pan west' }, '←', -1, 0],
  [/*i18n*/ { id: 'pan.east', message: 'Pan east' }, '→', 1, 0],
] as const;

/** One press moves the view by a third of the map: far enough to matter, near enough to keep one's bearings. */
const PAN_SHARE = 1 / 3;

interface PanButtonsProps {
  animate: boolean;
}

/**
 * Buttons that pan the map, under Leaflet's zoom buttons: what a drag does, for a reader who cannot drag (WCAG 2.5.7).
 * The keyboard has the arrow keys too, once the map has focus.
 */
export function PanButtons({ animate }: PanButtonsProps) {
  const map = useMap();
  const i18n = useI18n();
  useEffect(
    function addPanButtons() {
      const control = new Control({ position: 'topleft' });
      control.onAdd = () => {
        const bar = DomUtil.create('div', 'leaflet-bar map-pan');
        bar.setAttribute('role', 'group');
        bar.setAttribute('aria-label', i18n._({ id: 'pan.label', message: 'Pan the map' }));
        for (const [direction, arrow, x, y] of DIRECTIONS) {
          const button = DomUtil.create('button', 'map-pan__button', bar);
          button.type = 'button';
          button.textContent = arrow;
          button.title = i18n._(direction);
          button.setAttribute('aria-label', button.title);
          DomEvent.on(button, 'click', () => {
            const size = map.getSize();
            map.panBy([x * size.x * PAN_SHARE, y * size.y * PAN_SHARE], { animate });
          });
        }
        // A press on a button is not a click or a drag on the map beneath.
        DomEvent.disableClickPropagation(bar);
        return bar;
      };
      control.addTo(map);
      return () => {
        control.remove();
      };
    },
    [map, animate, i18n],
  );
  return null;
}
