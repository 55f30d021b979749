import type { Incident } from '../model/incident.ts';

/** An incident that has a point on the map (a statement made far away has none). */
export type PlacedIncident = Incident & { geometry: NonNullable<Incident['geometry']> };

export function isPlaced(incident: Incident): incident is PlacedIncident {
  return incident.geometry !== null;
}
