import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStoryReferences } from '../../../../src/data/load/checkStoryReferences.ts';
import type { StoryLoad } from '../../../../src/data/load/loadStory.ts';
import { readStoryText } from '../../../../src/data/load/readStoryText.ts';
import { StorySchema } from '../../../../src/model/story.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

// A file a reader opens may be anything: whatever it holds, the result is a valid story or problems that say where.

const FILE = 'opened.geojson';
const SOURCE = 'https://data.example/opened.geojson';

function expectHonest(result: StoryLoad, origin: string): void {
  if (result.status === 'loaded') {
    expect(StorySchema.safeParse(result.story).success).toBe(true);
    expect(checkStoryReferences(result.story, origin, englishChecksI18n)).toEqual([]);
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

/** The story's words for a file's feature: every validator message is a bug in the conversion, not the file. */
function expectNoValidatorWords(result: StoryLoad): void {
  if (result.status === 'failed') {
    for (const problem of result.problems) expect(problem.message).not.toMatch(/Invalid input|Too small|expected \d/);
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

/** Keys the conversion may read (and then need not repeat among what the file says). */
const MAPPED_KEYS = new Set(['id', 'name', 'title', 'label', 'kind', 'type', 'date', 'description', 'summary']);

describe('readStoryText, given anything', () => {
  it('never rejects for any text, and answers with a valid story or located problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), async (text) => {
        expectHonest(await readStoryText(FILE, text, { i18n: englishChecksI18n }), FILE);
      }),
      { numRuns: 400 },
    );
  });

  it('never rejects for any JSON shaped almost like a story or a FeatureCollection', async () => {
    const nearlyStory = fc.dictionary(
      fc.constantFrom('schemaVersion', 'article', 'incidents', 'type', 'features', 'crs', 'title'),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant('FeatureCollection'), fc.constant(1)),
    );
    await fc.assert(
      fc.asyncProperty(nearlyStory, async (data) => {
        expectHonest(
          await readStoryText(FILE, JSON.stringify(data), { sourceUrl: SOURCE, i18n: englishChecksI18n }),
          FILE,
        );
      }),
      { numRuns: 400 },
    );
  });
});

/** The collection as the file holds it: JSON text, read back (-0 becomes 0, as in any file). */
function asInFile<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('readStoryText, given any file of points, lines and features with no place', () => {
  it('makes a valid story of every feature: points as incidents, lines as drawn regions, the rest listed', async () => {
    await fc.assert(
      fc.asyncProperty(pointCollection, async (generated) => {
        const collection = asInFile(generated);
        const result = await readStoryText(FILE, JSON.stringify(collection), {
          sourceUrl: SOURCE,
          i18n: englishChecksI18n,
        });
        expectNoValidatorWords(result);
        expectHonest(result, FILE);
        if (result.status === 'failed') throw new Error(JSON.stringify(result.problems));
        const { incidents, regions, defaultBounds } = result.story;
        const points = collection.features.filter((feature) => feature.geometry?.type === 'Point');
        const lines = collection.features.filter((feature) => feature.geometry?.type === 'LineString');
        const placeless = collection.features.filter((feature) => feature.geometry === null);
        const located = incidents.features.filter((incident) => incident.geometry !== null);
        expect(located).toHaveLength(points.length);
        expect(incidents.features.filter((incident) => incident.geometry === null)).toHaveLength(placeless.length);
        expect(regions.features.map((region) => region.geometry)).toEqual(lines.map((line) => line.geometry));
        expect(regions.features.every((region) => region.properties.kind === 'drawn')).toBe(true);
        const [west, south, east, north] = defaultBounds;
        located.forEach((incident, index) => {
          expect(incident.geometry?.coordinates).toEqual(points[index]?.geometry?.coordinates);
          // A point from a plain file never claims to be the exact site.
          expect(incident.properties.place.geoPrecision).toBe('unknown');
          const [longitude = NaN, latitude = NaN] = incident.geometry?.coordinates ?? [];
          expect(longitude >= west && longitude <= east && latitude >= south && latitude <= north).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every property it does not use, so nothing in the file is lost silently', async () => {
    await fc.assert(
      fc.asyncProperty(pointCollection, async (generated) => {
        const collection = asInFile(generated);
        const result = await readStoryText(FILE, JSON.stringify(collection), {
          sourceUrl: SOURCE,
          i18n: englishChecksI18n,
        });
        if (result.status === 'failed') throw new Error(JSON.stringify(result.problems));
        const points = collection.features.filter((feature) => feature.geometry?.type === 'Point');
        const lines = collection.features.filter((feature) => feature.geometry?.type === 'LineString');
        const located = result.story.incidents.features.filter((incident) => incident.geometry !== null);
        located.forEach((incident, index) => {
          for (const key of Object.keys(points[index]?.properties ?? {})) {
            if (!MAPPED_KEYS.has(key)) {
              expect(incident.properties.fileProperties?.map(([kept]) => kept)).toContain(key);
            }
          }
        });
        result.story.regions.features.forEach((region, index) => {
          expect(region.properties.fileProperties?.map(([key]) => key)).toEqual(
            Object.keys(lines[index]?.properties ?? {}),
          );
        });
      }),
      { numRuns: 200 },
    );
  });
});
