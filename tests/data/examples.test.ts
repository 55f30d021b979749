import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStoryReferences } from '../../src/data/load/checkStoryReferences.ts';
import { readStoryText } from '../../src/data/load/readStoryText.ts';
import { StorySchema } from '../../src/model/story.ts';
import { englishChecksI18n } from '../../src/i18n/englishChecks.ts';

// The examples docs/story-format.md points to, served with the app (`?story=examples/minimal-story.json`): a reader
// copies them to start a story of their own, so they must open as they are.

function example(name: string): string {
  return readFileSync(new URL(`../../public/examples/${name}`, import.meta.url), 'utf8');
}

describe('the story format examples', () => {
  it('minimal-story.json is a valid story bundle whose quotes and ids all resolve', async () => {
    const story = StorySchema.parse(JSON.parse(example('minimal-story.json')));
    expect(checkStoryReferences(story, 'minimal-story.json', englishChecksI18n)).toEqual([]);
    expect(
      (await readStoryText('minimal-story.json', example('minimal-story.json'), { i18n: englishChecksI18n })).status,
    ).toBe('loaded');
  });

  it('minimal-points.geojson opens as a story of two points', async () => {
    const result = await readStoryText('minimal-points.geojson', example('minimal-points.geojson'), {
      i18n: englishChecksI18n,
    });
    if (result.status === 'failed') throw new Error(JSON.stringify(result.problems, null, 2));
    expect(result.story.incidents.features.map((incident) => incident.properties.kind)).toEqual([
      'strike',
      'reference',
    ]);
  });

  it('docs/story-format.md shows the examples as they are saved', () => {
    const docs = readFileSync(new URL('../../docs/story-format.md', import.meta.url), 'utf8');
    const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] ?? '') as unknown);
    expect(blocks).toContainEqual(JSON.parse(example('minimal-story.json')));
    expect(blocks).toContainEqual(JSON.parse(example('minimal-points.geojson')));
  });
});
