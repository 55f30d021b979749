import { describe, expect, it } from 'vitest';
import { partyMarks } from '../../../../src/data/symbols/partyMarks.ts';
import type { IncidentCollection } from '../../../../src/model/incident.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

function storyWithParties(parties: string[]): IncidentCollection {
  const { incidents } = fixtureStory();
  const template = incidents.features[0];
  if (template === undefined) throw new Error('the fixture has no incident');
  const features = parties.map((party) => {
    const incident = structuredClone(template);
    incident.properties.actors.initiator.party = party;
    return incident;
  });
  return { type: 'FeatureCollection', features };
}

describe('partyMarks', () => {
  it('gives each party its own colour and two letters, in alphabetical order whatever the data order', () => {
    const marks = partyMarks(storyWithParties(['United States', 'Pakistan', 'Iran', 'United Nations', 'Iran']));
    expect([...marks.keys()]).toEqual(['Iran', 'Pakistan', 'United Nations', 'United States']);
    expect([...marks.values()].map((mark) => mark.glyph)).toEqual(['IR', 'PA', 'UN', 'US']);
    expect(new Set([...marks.values()].map((mark) => mark.colour)).size).toBe(4);
  });

  it('keeps glyphs distinct when two parties start alike', () => {
    const marks = partyMarks(storyWithParties(['Iran', 'Iraq', 'Irish Republic']));
    expect(new Set([...marks.values()].map((mark) => mark.glyph)).size).toBe(3);
  });
});
