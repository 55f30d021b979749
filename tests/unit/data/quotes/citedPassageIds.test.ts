import { describe, expect, it } from 'vitest';
import { citedPassageIds } from '../../../../src/data/quotes/citedPassageIds.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('citedPassageIds', () => {
  const story = fixtureStory();
  const incident = (id: string) => {
    const found = story.incidents.features.find((feature) => feature.id === id);
    if (found === undefined) throw new Error(`the fixture has no incident ${id}`);
    return found.properties;
  };

  it('lists each passage an incident quotes once, in reading order, whatever order the claims come in', () => {
    // Panjgur's claims quote p6, then p5 (twice, as a claim and as a casualty figure).
    expect(citedPassageIds(incident('strike-panjgur'), story.article.passages)).toEqual(['p5', 'p6']);
  });

  it('is empty for an incident that cites only sources outside the article', () => {
    expect(citedPassageIds({ claims: [], casualties: [] }, story.article.passages)).toEqual([]);
  });
});
