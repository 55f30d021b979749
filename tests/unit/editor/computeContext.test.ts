import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeContext } from '../../../src/editor/place/computeContext.ts';
import { BasemapSchema } from '../../../src/model/region.ts';
import { StorySchema } from '../../../src/model/story.ts';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../public/data/iran-pakistan-2024/${name}`, import.meta.url), 'utf8'));
const story = StorySchema.parse(read('story.json'));
const basemap = BasemapSchema.parse(read('basemap.geojson'));

describe('computeContext in the editor', () => {
  it('gives every placed incident of the built story the context the data build computed', () => {
    const placed = story.incidents.features.filter((incident) => incident.geometry !== null);
    expect(placed.length).toBeGreaterThan(3);
    for (const incident of placed) {
      if (incident.geometry === null) continue;
      const position = incident.geometry.coordinates;
      expect(computeContext(position, { basemap, regions: story.regions }), incident.id).toEqual(
        incident.properties.context,
      );
    }
  });

  it('has no distance without a border, and nothing at all without a basemap or regions', () => {
    const none = { type: 'FeatureCollection' as const, features: [] };
    expect(computeContext([60, 30], { basemap, regions: none })).toMatchObject({ distanceToBorderKm: null });
    expect(computeContext([60, 30], { basemap: null, regions: none })).toBeNull();
  });
});
