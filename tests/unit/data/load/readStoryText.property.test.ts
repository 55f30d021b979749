import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStoryReferences } from '../../../../src/data/load/checkStoryReferences.ts';
import type { StoryLoad } from '../../../../src/data/load/loadStory.ts';
import { readStoryText } from '../../../../src/data/load/readStoryText.ts';
import { storyFromPointCollection } from '../../../../src/data/load/storyFromPointCollection.ts';
import { StorySchema } from '../../../../src/model/story.ts';

// A file a reader opens may be anything: whatever it holds, the result is a valid story or problems that say where.

const FILE = 'opened.geojson';
const SOURCE = 'https://data.example/opened.geojson';

function expectHonest(result: StoryLoad, origin: string): void {
  if (result.status === 'loaded') {
    expect(StorySchema.safeParse(result.story).success).toBe(true);
    expect(checkStoryReferences(result.story, origin)).toEqual([]);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(50);
  for (const problem of result.problems) {
    expect(problem.origin).toBe(origin);
    expect(problem.path.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '<script>window.__pwned=1</script>',
    '" onmouseover="window.__pwned=1',
    'javascript:alert(1)',
    '\u202Eevil',
    '__proto__',
    'constructor',
    '',
    '   ',
  ),
);
const propertyValue = fc.oneof(hostileText, fc.jsonValue({ maxDepth: 2 }));
const properties = fc.oneof(
  fc.constant(null),
  fc.dictionary(
    fc.oneof(
      fc.constantFrom('id', 'name', 'title', 'label', 'kind', 'type', 'date', 'description', 'summary'),
      hostileText,
    ),
    fc.oneof(
      propertyValue,
      fc.constantFrom('strike', 'Statement', 'reference', '2024-01-16', '2024-01-16T17:30+05:00', '2024-01-16T17:30'),
    ),
    { maxKeys: 6 },
  ),
);
const position = fc.oneof(
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
  fc.constantFrom([179.9, 0], [-179.9, 0], [180, 90], [-180, -90], [0, 0]),
);
const pointFeature = fc.record({
  type: fc.constant('Feature'),
  id: fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined }),
  geometry: fc.record({ type: fc.constant('Point'), coordinates: position }),
  properties,
});
const otherFeature = fc.record({
  type: fc.constant('Feature'),
  geometry: fc.oneof(
    fc.constant(null),
    fc.record({ type: fc.constant('LineString'), coordinates: fc.array(position, { minLength: 2, maxLength: 3 }) }),
  ),
  properties,
});
const pointCollection = fc.record({
  type: fc.constant('FeatureCollection'),
  features: fc.array(fc.oneof({ weight: 4, arbitrary: pointFeature }, { weight: 1, arbitrary: otherFeature }), {
    minLength: 1,
    maxLength: 12,
  }),
});

/** Keys the conversion may read (and then need not repeat as a note). */
const MAPPED_KEYS = new Set(['id', 'name', 'title', 'label', 'kind', 'type', 'date', 'description', 'summary']);

function noteOf(key: string): RegExp {
  return new RegExp(`^Also in the file: ${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=`, 'u');
}

describe('readStoryText, given anything', () => {
  it('never throws for any text, and answers with a valid story or located problems', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expectHonest(readStoryText(FILE, text), FILE);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws for any JSON shaped almost like a story or a FeatureCollection', () => {
    const nearlyStory = fc.dictionary(
      fc.constantFrom('schemaVersion', 'article', 'incidents', 'type', 'features', 'crs', 'title'),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant('FeatureCollection'), fc.constant(1)),
    );
    fc.assert(
      fc.property(nearlyStory, (data) => {
        expectHonest(readStoryText(FILE, JSON.stringify(data), { sourceUrl: SOURCE }), FILE);
      }),
      { numRuns: 400 },
    );
  });
});

describe('storyFromPointCollection, given any file of points', () => {
  it('makes a valid story of every point, and leaves out the rest', () => {
    fc.assert(
      fc.property(pointCollection, (collection) => {
        const result = storyFromPointCollection(FILE, collection, { sourceUrl: SOURCE });
        const points = collection.features.filter((feature) => feature.geometry?.type === 'Point');
        if (points.length === 0) {
          expect(result.status).toBe('failed');
          return;
        }
        expectHonest(result, FILE);
        if (result.status === 'failed') return;
        const { incidents, defaultBounds } = result.story;
        expect(incidents.features).toHaveLength(points.length);
        const [west, south, east, north] = defaultBounds;
        incidents.features.forEach((incident, index) => {
          expect(incident.geometry?.coordinates).toEqual(points[index]?.geometry?.coordinates);
          const [longitude = NaN, latitude = NaN] = incident.geometry?.coordinates ?? [];
          expect(longitude >= west && longitude <= east && latitude >= south && latitude <= north).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every property it does not use, so nothing in the file is lost silently', () => {
    fc.assert(
      fc.property(pointCollection, (collection) => {
        const result = storyFromPointCollection(FILE, collection, { sourceUrl: SOURCE });
        if (result.status === 'failed') return;
        const points = collection.features.filter((feature) => feature.geometry?.type === 'Point');
        result.story.incidents.features.forEach((incident, index) => {
          for (const key of Object.keys(points[index]?.properties ?? {})) {
            if (!MAPPED_KEYS.has(key))
              expect(incident.properties.notes).toContainEqual(expect.stringMatching(noteOf(key)));
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
