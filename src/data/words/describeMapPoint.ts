import type { IncidentPlace } from '../../model/incident.ts';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The first thing said about a place: what its map point is. "Marker on Northtown; the strike was in a village of
 * North district whose exact site is not known", so that a stand-in never reads as the site itself. Null when the
 * incident has no map point.
 */
export function describeMapPoint(place: Pick<IncidentPlace, 'geoPrecision' | 'point'>): string | null {
  if (place.geoPrecision === null) return null;
  const { point } = place;
  if (point === undefined) return 'The story does not say what this map point stands for.';
  const eventWas = point.eventWas === null ? '' : `; ${point.eventWas}`;
  switch (point.role) {
    case 'site':
      return `Marker on the site itself: ${point.on}${eventWas}.`;
    case 'reference-place':
      return `Marker on ${point.on}, a place for reference${eventWas}.`;
    case 'where-issued':
    case 'nearby-place':
      return `${capitalise(`marker on ${point.on}`)}${eventWas}.`;
  }
}
