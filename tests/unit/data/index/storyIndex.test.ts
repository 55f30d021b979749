import { describe, expect, it } from 'vitest';
import { indexIncidents } from '../../../../src/data/index/storyIndex.ts';
import { partyMarks } from '../../../../src/data/symbols/partyMarks.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('the story index', () => {
  it('finds every incident by its id, and nothing else', () => {
    const { incidents } = fixtureStory();
    const index = indexIncidents(incidents).incidentsById;
    for (const incident of incidents.features) expect(index.get(incident.id)).toBe(incident);
    expect(index.size).toBe(incidents.features.length);
    expect(index.get('no-such-incident')).toBeUndefined();
  });

  it('holds the story’s party marks, the same for the same incidents', () => {
    const first = fixtureStory().incidents;
    const second = fixtureStory().incidents;
    const index = indexIncidents(first);
    expect(index.incidents).toBe(first);
    expect(index.partyMarks).toEqual(partyMarks(first));
    expect(indexIncidents(second).partyMarks).toEqual(index.partyMarks);
  });

  it('is made once for a collection, so that one made while a large story is checked is the one its render finds', () => {
    const incidents = fixtureStory().incidents;
    const index = indexIncidents(incidents);
    expect(indexIncidents(incidents)).toBe(index);
    // An equal collection that is another object (another story, a copy) gets its own.
    const copy = structuredClone(incidents);
    expect(indexIncidents(copy)).not.toBe(index);
    expect(indexIncidents(copy).incidents).toBe(copy);
  });
});
