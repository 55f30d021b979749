import type { Incident, IncidentCollection } from '../../model/incident.ts';
import { partyMarks, type PartyMark } from '../symbols/partyMarks.ts';

/**
 * What map, list, timeline and handout look up in a story, built once per story and shared (src/ui/story/): a
 * story is never changed, only replaced, so an index made for one collection stays true for its life.
 */
export interface StoryIndex {
  readonly incidents: IncidentCollection;
  readonly incidentsById: ReadonlyMap<string, Incident>;
  readonly partyMarks: ReadonlyMap<string, PartyMark>;
}

export function indexIncidents(incidents: IncidentCollection): StoryIndex {
  return {
    incidents,
    incidentsById: new Map(incidents.features.map((incident) => [incident.id, incident])),
    partyMarks: partyMarks(incidents),
  };
}
