import { describe, expect, it } from 'vitest';
import { incidentsById } from '../../../../src/data/index/incidentsById.ts';
import { partyMarks } from '../../../../src/data/symbols/partyMarks.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('indexes shared per incident collection', () => {
  it('finds every incident by its id, and nothing else', () => {
    const { incidents } = fixtureStory();
    const index = incidentsById(incidents);
    for (const incident of incidents.features) expect(index.get(incident.id)).toBe(incident);
    expect(index.size).toBe(incidents.features.length);
    expect(index.get('no-such-incident')).toBeUndefined();
  });

  it('builds the id index and the party marks once per collection, afresh for another', () => {
    const first = fixtureStory().incidents;
    const second = fixtureStory().incidents;
    expect(incidentsById(first)).toBe(incidentsById(first));
    expect(incidentsById(second)).not.toBe(incidentsById(first));
    expect(partyMarks(first)).toBe(partyMarks(first));
    expect(partyMarks(second)).toEqual(partyMarks(first));
    expect(partyMarks(second)).not.toBe(partyMarks(first));
  });
});
