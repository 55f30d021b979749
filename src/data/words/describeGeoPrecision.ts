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
  2: 'Approximate place: known only to a town or district',
  3: 'Approximate place: known only to a province or wider',
} as const;

/**
 * How precisely a place is known, in words. Only a point on the event's own site is called exact; a city standing
 * for where a statement was issued, or a reference place, says so instead.
 */
export function describeGeoPrecision(place: PlaceForPrecision): string {
  const { geoPrecision, point } = place;
  if (geoPrecision === null) return 'Not on the map';
  if (geoPrecision === 2 || geoPrecision === 3) return APPROXIMATE_WORDS[geoPrecision];
  if (geoPrecision === 'unknown')
    return 'Precision not stated: the source does not say how near the event this point is';
  switch (point?.role) {
    case 'site':
      return 'Exact site';
    case 'where-issued':
      return 'Where it was said or issued, not a site of events';
    case 'reference-place':
      return 'A place for reference, not an event';
    default:
      return 'Precise point; the story does not say what it stands for';
  }
}

/**
 * What the dashed area means. "Within" only where a source bounds it; otherwise the area is what it is, a guide drawn
 * by the story's author, and the site may lie outside it. Null when no area is drawn.
 */
export function describeUncertaintyArea(place: PlaceForPrecision, boundSourceName: string | null): string | null {
  if (place.uncertaintyRadiusKm === null) return null;
  const radius = `${place.uncertaintyRadiusKm} km`;
  if (place.uncertaintyBoundSourceId !== undefined) {
    return `The site lies within about ${radius} of the marker, as ${boundSourceName ?? place.uncertaintyBoundSourceId} puts it.`;
  }
  return `The dashed circle (radius about ${radius}) is a guide drawn by the map's authors: the exact site is not known and may lie outside it.`;
}
