import type { IncidentPlace } from '../model/incident.ts';

const PRECISION_WORDS = {
  1: 'the exact site',
  2: 'a named town or district',
  3: 'the province or wider',
} as const;

/** How precisely a place is known, in words: "Located to a named town or district, within about 40 km". */
export function describeGeoPrecision(place: Pick<IncidentPlace, 'geoPrecision' | 'uncertaintyRadiusKm'>): string {
  if (place.geoPrecision === null) return 'Not on the map';
  const words = `Located to ${PRECISION_WORDS[place.geoPrecision]}`;
  return place.uncertaintyRadiusKm === null ? words : `${words}, within about ${place.uncertaintyRadiusKm} km`;
}
