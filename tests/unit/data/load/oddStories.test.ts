import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../../src/data/load/loadStory.ts';
import { readStoryText } from '../../../../src/data/load/readStoryText.ts';
import type { Story } from '../../../../src/model/story.ts';
import { answerWith } from '../../../fixtures/fixtureStory.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

// Stories at the edges of what the schema allows; each must load, so that the UI can be tried against it.

const FOLDER = new URL('../../../fixtures/odd-stories/', import.meta.url);
const FILES = readdirSync(FOLDER).filter((name) => name.endsWith('.json'));

function read(name: string): string {
  return readFileSync(new URL(name, FOLDER), 'utf8');
}

async function load(name: string): Promise<Story> {
  const result = await loadStory(name, answerWith(read(name)), { i18n: englishChecksI18n });
  if (result.status === 'failed') throw new Error(JSON.stringify(result.problems, null, 2));
  return result.story;
}

describe('the odd stories', () => {
  it('are all there', () => {
    expect(FILES.sort()).toEqual([
      'antimeridian.json',
      'empty-story.json',
      'identical-points.json',
      'long-texts.json',
      'missing-optional-fields.json',
    ]);
  });

  it.each(FILES)('%s loads, from a server and from a file', async (name) => {
    expect((await loadStory(name, answerWith(read(name)), { i18n: englishChecksI18n })).status).toBe('loaded');
    expect((await readStoryText(name, read(name), { i18n: englishChecksI18n })).status).toBe('loaded');
  });

  it('identical-points: two incidents stand at the same coordinates', async () => {
    const [first, second] = (await load('identical-points.json')).incidents.features;
    expect(first?.geometry?.coordinates).toEqual(second?.geometry?.coordinates);
    expect(first?.id).not.toBe(second?.id);
  });

  it('antimeridian: points at 179.9 and -179.9, framed by a box as wide as the world', async () => {
    const story = await load('antimeridian.json');
    expect(story.incidents.features.map((incident) => incident.geometry?.coordinates[0])).toEqual([179.9, -179.9]);
    expect(story.defaultBounds).toEqual([-180, -18, 180, -16]);
  });

  it('missing-optional-fields: no prefix, suffix or outside words anywhere, and every nullable field null', async () => {
    const text = read('missing-optional-fields.json');
    expect(text).not.toMatch(/"(prefix|suffix|words)"/);
    const story = await load('missing-optional-fields.json');
    expect(story.tour).toBeNull();
    expect(story.article).toMatchObject({ sourceLine: null, byline: null, publishedAt: null });
  });

  it('long-texts: a passage of more than 60,000 characters and a quote of 6,000', async () => {
    const story = await load('long-texts.json');
    expect(story.article.passages[0]?.text.length).toBeGreaterThan(60_000);
    const claim = story.incidents.features[0]?.properties.claims[0];
    expect(claim?.citation.type === 'article' && claim.citation.quote.exact.length).toBeGreaterThan(6_000);
  });

  it('empty-story: no incidents, no passages, no regions, no tour', async () => {
    const story = await load('empty-story.json');
    expect(story.incidents.features).toEqual([]);
    expect(story.article.passages).toEqual([]);
    expect(story.regions.features).toEqual([]);
    expect(story.tour).toBeNull();
  });
});
