import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_AREA, generateStory } from '../../../bench/generateStory.ts';
import { checkStoryReferences } from '../../../src/data/load/checkStoryReferences.ts';
import { StorySchema, type Story } from '../../../src/model/story.ts';
import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';

// The real story the bench generates from, as the app serves it.
const realStory: Story = StorySchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/data/iran-pakistan-2024/story.json', import.meta.url), 'utf8')),
);

describe('generateStory', () => {
  const generated = generateStory(realStory, 500);

  it('makes a story the app accepts: valid per StorySchema, every quote and id resolving', () => {
    const parsed = StorySchema.parse(JSON.parse(JSON.stringify(generated)));
    expect(checkStoryReferences(parsed, 'generated', englishChecksI18n)).toEqual([]);
  });

  it('makes exactly the number of incidents asked for, each a strike or statement with a place in the area', () => {
    const [west, south, east, north] = GENERATED_AREA;
    expect(generated.incidents.features).toHaveLength(500);
    for (const incident of generated.incidents.features) {
      expect(['strike', 'statement']).toContain(incident.properties.kind);
      const [longitude, latitude] = incident.geometry?.coordinates ?? [Number.NaN, Number.NaN];
      expect(longitude).toBeGreaterThanOrEqual(west);
      expect(longitude).toBeLessThanOrEqual(east);
      expect(latitude).toBeGreaterThanOrEqual(south);
      expect(latitude).toBeLessThanOrEqual(north);
    }
  });

  it('keeps the real article, so every claim cites its words', () => {
    expect(generated.article).toEqual(realStory.article);
  });

  it('is deterministic: the same seed gives the same story, another seed another', () => {
    expect(generateStory(realStory, 50, 7)).toEqual(generateStory(realStory, 50, 7));
    expect(generateStory(realStory, 50, 7)).not.toEqual(generateStory(realStory, 50, 8));
  });
});
