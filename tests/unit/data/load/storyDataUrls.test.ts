import { describe, expect, it } from 'vitest';
import { storyDataUrls } from '../../../../src/data/load/storyDataUrls.ts';

describe('storyDataUrls', () => {
  it('puts a story’s files under the base path the build is served from', () => {
    expect(storyDataUrls('/citemap/', 'iran-pakistan-2024')).toEqual({
      story: '/citemap/data/iran-pakistan-2024/story.json',
      basemap: '/citemap/data/iran-pakistan-2024/basemap.geojson',
    });
    expect(storyDataUrls('./', 'a-story').story).toBe('./data/a-story/story.json');
    expect(storyDataUrls('/sub', 'a-story').story).toBe('/sub/data/a-story/story.json');
  });
});
