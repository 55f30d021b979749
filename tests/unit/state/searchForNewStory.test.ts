import { describe, expect, it } from 'vitest';
import { searchForNewStory } from '../../../src/state/searchForNewStory.ts';

describe('searchForNewStory', () => {
  it('drops the story and everything that points into it', () => {
    expect(
      searchForNewStory(
        '?story=examples%2Fa.json&incident=x&passage=p3&step=s1&from=2024-01-15&to=2024-01-19&map=5/1/2',
      ),
    ).toBe('');
  });

  it("keeps the reader's own settings", () => {
    expect(searchForNewStory('?story=a.json&layers=strikes,band&basemap=offline&incident=x')).toBe(
      '?layers=strikes,band&basemap=offline',
    );
  });

  it('leaves an empty query empty', () => {
    expect(searchForNewStory('')).toBe('');
  });
});
