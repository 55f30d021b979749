import { divIcon, type DivIcon } from 'leaflet';
import type { I18n } from '../../i18n/i18n.ts';

/** Bigger for more, on a log scale, so that a cluster of 10,000 does not cover the map: 30 px to 54 px. */
function diameterFor(count: number): number {
  return Math.round(Math.min(54, 30 + 6 * Math.log10(Math.max(1, count))));
}

/** "1,234": the count in full, as the reader will hear it; "12k" past 10,000 so that it fits the disc. */
export function shortCount(count: number): string {
  return count < 10_000 ? count.toLocaleString('en') : `${Math.floor(count / 1000).toLocaleString('en')}k`;
}

/** The cluster's accessible name, also its hover title. */
export function clusterTitle(count: number, i18n: I18n): string {
  return i18n._({
    id: 'cluster.title',
    message:
      '{count, plural, one {# incident close together: zoom in to see it} other {# incidents close together: zoom in to see them}}',
    values: { count },
  });
}

/**
 * A disc with the number of incidents it stands for. Built as a DOM node, like the incident icons: the count is
 * text, never parsed as HTML.
 */
export function clusterIcon(count: number): DivIcon {
  const size = diameterFor(count);
  const label = document.createElement('span');
  label.className = 'incident-cluster__count';
  label.textContent = shortCount(count);
  return divIcon({ html: label, className: 'incident-cluster', iconSize: [size, size] });
}
