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

// Each collection's index, made once: a story is never changed in place, so the index stays true for the collection's
// life. It lets a large story's index be made while the worker checks it (readStoryTextOffMainThread), for the
// story's first render to find.
const indexes = new WeakMap<IncidentCollection, StoryIndex>();

export function indexIncidents(incidents: IncidentCollection): StoryIndex {
  const made = indexes.get(incidents);
  if (made !== undefined) return made;
  const index: StoryIndex = {
    incidents,
    incidentsById: new Map(incidents.features.map((incident) => [incident.id, incident])),
    partyMarks: partyMarks(incidents),
  };
  indexes.set(incidents, index);
  return index;
}
