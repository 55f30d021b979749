import { isolate } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { IncidentPlace } from '../../model/incident.ts';

/**
 * The first thing said about a place: what its map point is. "Marker on Northtown; the strike was in a village of
 * North district whose exact site is not known", so that a stand-in never reads as the site itself. Null when the
 * incident has no map point.
 */
export function describeMapPoint(place: Pick<IncidentPlace, 'geoPrecision' | 'point'>, i18n: I18n): string | null {
  if (place.geoPrecision === null) return null;
  const { point } = place;
  if (point === undefined)
    return i18n._({ id: 'mapPoint.unstated', message: 'The story does not say what this map point stands for.' });
  const values = { place: isolate(i18n, point.on), eventWas: isolate(i18n, point.eventWas ?? '') };
  const withEvent = point.eventWas !== null;
  switch (point.role) {
    case 'site':
      return withEvent
        ? i18n._({ id: 'mapPoint.siteWithEvent', message: 'Marker on the site itself: {place}; {eventWas}.', values })
        : i18n._({ id: 'mapPoint.site', message: 'Marker on the site itself: {place}.', values });
    case 'reference-place':
      return withEvent
        ? i18n._({
            id: 'mapPoint.referenceWithEvent',
            message: 'Marker on {place}, a place for reference; {eventWas}.',
            values,
          })
        : i18n._({ id: 'mapPoint.reference', message: 'Marker on {place}, a place for reference.', values });
    case 'where-issued':
    case 'nearby-place':
      return withEvent
        ? i18n._({ id: 'mapPoint.placeWithEvent', message: 'Marker on {place}; {eventWas}.', values })
        : i18n._({ id: 'mapPoint.place', message: 'Marker on {place}.', values });
  }
}
