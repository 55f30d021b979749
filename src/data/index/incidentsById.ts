import type { Incident, IncidentCollection } from '../../model/incident.ts';

// A loaded story is never changed, only replaced: an index built for one collection object stays true for its life,
// and the map, the list and the timeline can share it instead of each building (or searching) their own.
const indexes = new WeakMap<IncidentCollection, ReadonlyMap<string, Incident>>();

/** Every incident of a collection by its id; built on first use, once per collection. */
export function incidentsById(incidents: IncidentCollection): ReadonlyMap<string, Incident> {
  let index = indexes.get(incidents);
  if (index === undefined) {
    index = new Map(incidents.features.map((incident) => [incident.id, incident]));
    indexes.set(incidents, index);
  }
  return index;
}
