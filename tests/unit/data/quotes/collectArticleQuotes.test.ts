import { describe, expect, it } from 'vitest';
import { collectArticleQuotes } from '../../../../src/data/quotes/collectArticleQuotes.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('collectArticleQuotes', () => {
  const quotes = collectArticleQuotes(fixtureStory().incidents);

  it('groups the article quotes of every incident by the passage they stand in', () => {
    expect([...quotes.keys()].sort()).toEqual(['p1', 'p5', 'p6', 'p7']);
    expect(quotes.get('p6')).toEqual([
      {
        anchor: {
          passageId: 'p6',
          exact:
            'Tehran said it had attacked two bases of the Balochi militant group Jaish al Adl in Pakistani territory',
        },
        incidentId: 'strike-panjgur',
        claimId: 'panjgur-tehran',
      },
    ]);
  });

  it('keeps claims before casualty figures, which have no claim id', () => {
    expect(quotes.get('p5')?.map(({ incidentId, claimId }) => [incidentId, claimId])).toEqual([
      ['strike-panjgur', 'panjgur-islamabad'],
      ['strike-panjgur', null],
    ]);
  });

  it('leaves out citations of sources outside the article', () => {
    const all = [...quotes.values()].flat();
    expect(all.some((quote) => quote.claimId === 'panjgur-levies')).toBe(false);
  });
});
