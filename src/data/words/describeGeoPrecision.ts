import { isolate } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { IncidentPlace } from '../../model/incident.ts';

type PlaceForPrecision = Pick<
  IncidentPlace,
  'geoPrecision' | 'uncertaintyRadiusKm' | 'point' | 'uncertaintyBoundSourceId'
>;

/**
 * Whether the map point may be only near the event: it is then drawn hollow, with a dashed edge (and a dashed area
 * round it where a radius is known). A point whose precision nobody stated is not drawn as an exact site either.
 */
export function isApproximatePlace(place: Pick<IncidentPlace, 'geoPrecision'>): boolean {
  return place.geoPrecision === 2 || place.geoPrecision === 3 || place.geoPrecision === 'unknown';
}

const APPROXIMATE_WORDS = {
  2: /*i18n*/ { id: 'precision.town', message: 'Approximate place: known only to a town or district' },
  3: /*i18n*/ { id: 'precision.province', message: 'Approximate place: known only to a province or wider' },
} as const;

/**
 * How precisely a place is known, in words. Only a point on the event's own site is called exact; a city standing
 * for where a statement was issued, or a reference place, says so instead.
 */
export function describeGeoPrecision(place: PlaceForPrecision, i18n: I18n): string {
  const { geoPrecision, point } = place;
  if (geoPrecision === null) return i18n._({ id: 'precision.notOnMap', message: 'Not on the map' });
  if (geoPrecision === 2 || geoPrecision === 3) return i18n._(APPROXIMATE_WORDS[geoPrecision]);
  if (geoPrecision === 'unknown')
    return i18n._({
      id: 'precision.unknown',
      message: 'Precision not stated: the source does not say how near the event this point is',
    });
  switch (point?.role) {
    case 'site':
      return i18n._({ id: 'precision.site', message: 'Exact site' });
    case 'where-issued':
      return i18n._({ id: 'precision.whereIssued', message: 'Where it was said or issued, not a site of events' });
    case 'reference-place':
      return i18n._({ id: 'precision.reference', message: 'A place for reference, not an event' });
    default:
      return i18n._({
        id: 'precision.unstatedRole',
        message: 'Precise point; the story does not say what it stands for',
      });
  }
}

/**
 * What the dashed area means. "Within" only where a source bounds it; otherwise the area is what it is, a guide drawn
 * by the story's author, and the site may lie outside it. Null when no area is drawn.
 */
export function describeUncertaintyArea(
  place: PlaceForPrecision,
  boundSourceName: string | null,
  i18n: I18n,
): string | null {
  if (place.uncertaintyRadiusKm === null) return null;
  const radiusKm = place.uncertaintyRadiusKm;
  if (place.uncertaintyBoundSourceId !== undefined) {
    return i18n._({
      id: 'precision.boundBySource',
      message: 'The site lies within about {radiusKm, number} km of the marker, as {source} puts it.',
      values: { radiusKm, source: isolate(i18n, boundSourceName ?? place.uncertaintyBoundSourceId) },
    });
  }
  return i18n._({
    id: 'precision.guideCircle',
    message:
      "The dashed circle (radius about {radiusKm, number} km) is a guide drawn by the map's authors: the exact site is not known and may lie outside it.",
    values: { radiusKm },
  });
}
