import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadStory, type StoryLoad } from '../../../../src/data/load/loadStory.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { expectSameVerdict, serving } from './sameVerdict.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

// Issue 12: links and files go through one reading path, with the same formats, limits and words. Whatever JSON a
// reader has, opening it by link (`?story=`) and from the disk reaches the same verdict: the same story, or the same
// problems, told apart only by the link's address standing where the file's name does.

const NAME = 'opened.geojson';
const URL = `https://data.example/shared/${NAME}`;

function sameVerdict(text: string): Promise<StoryLoad> {
  return expectSameVerdict(URL, serving(text), NAME, text);
}

const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('<b>x</b>', '__proto__', ''));
const properties = fc.oneof(
  fc.constant(null),
  fc.dictionary(
    fc.oneof(
      fc.constantFrom('id', 'name', 'title', 'kind', 'type', 'date', 'description', 'where_prec', 'geo_precision'),
      text,
    ),
    fc.oneof(
      fc.jsonValue({ maxDepth: 1 }),
      fc.constantFrom('strike', 'statement', '2024-01-16', '2024-01-16T17:30+05:00', 1, 2, 7),
    ),
    { maxKeys: 5 },
  ),
);
const position = fc.oneof(
  fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })),
  fc.tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: -100, max: 100 })),
  fc.constantFrom([179.9, 0], [0, 0, 12.5], [1, 2, 3, 4], [1]),
);
const ring = fc
  .array(position, { minLength: 3, maxLength: 5 })
  .map((positions) => (positions[0] === undefined ? positions : [...positions, positions[0]]));
const line = fc.array(position, { minLength: 1, maxLength: 3 });
const simpleGeometry = fc.oneof(
  fc.constant(null),
  fc.record({ type: fc.constant('Point'), coordinates: position }),
  fc.record({ type: fc.constant('MultiPoint'), coordinates: fc.array(position, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('LineString'), coordinates: line }),
  fc.record({ type: fc.constant('MultiLineString'), coordinates: fc.array(line, { maxLength: 2 }) }),
  fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(ring, { maxLength: 2 }) }),
  fc.record({
    type: fc.constant('MultiPolygon'),
    coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 2 }),
  }),
  fc.record({ type: fc.constant('Circle'), coordinates: position }),
);
const geometry = fc.oneof(
  { weight: 4, arbitrary: simpleGeometry },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('GeometryCollection'),
      geometries: fc.array(simpleGeometry, { maxLength: 3 }),
    }),
  },
);
const feature = fc.record(
  {
    type: fc.constantFrom('Feature', 'Feature', 'Feature', 'feature'),
    id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
    geometry,
    properties,
  },
  { requiredKeys: ['type', 'properties'] },
);
const geoJson = fc.oneof(
  fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 6 }) }),
  feature,
  geometry,
  fc.record({
    type: fc.constant('FeatureCollection'),
    features: fc.array(feature, { maxLength: 3 }),
    crs: fc.record({
      type: fc.constant('name'),
      properties: fc.record({
        name: fc.constantFrom('EPSG:4326', 'urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:3857', 'EPSG:32641', 'nonsense'),
      }),
    }),
  }),
  fc.record({
    type: fc.constant('umap'),
    layers: fc.array(fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature) }), {
      maxLength: 2,
    }),
  }),
);

/** The fixture story, with one member replaced or taken out: a story bundle, valid or not. */
const storyBundle = fc
  .tuple(
    fc.constantFrom(
      'schemaVersion',
      'title',
      'article',
      'incidents',
      'regions',
      'tour',
      'credits',
      'defaultBounds',
      'none',
    ),
    fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
  )
  .map(([key, value]) => {
    const story: Record<string, unknown> = { ...fixtureStory() };
    if (key !== 'none') story[key] = value;
    return story;
  });

/** The same JSON as files are written: compact or indented, with a byte order mark, with blank lines around it. */
const written = (json: fc.Arbitrary<unknown>) =>
  fc
    .tuple(json, fc.constantFrom(undefined, 2, '\t'), fc.constantFrom('', '\uFEFF', '\n\n', '\uFEFF  \r\n'))
    .map(([value, indent, before]) => `${before}${JSON.stringify(value, null, indent) ?? 'null'}\n`);

describe('any JSON, by link and by file', () => {
  it('reaches the same verdict for any JSON text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json(), async (json) => {
        await sameVerdict(json);
      }),
      { numRuns: 300 },
    );
  });

  it('opens the same story from any GeoJSON, or refuses it with the same problems', async () => {
    await fc.assert(
      fc.asyncProperty(written(geoJson), async (json) => {
        await sameVerdict(json);
      }),
      { numRuns: 300 },
    );
  });

  it('opens the same story bundle, or refuses it with the same problems', async () => {
    await fc.assert(
      fc.asyncProperty(written(storyBundle), async (json) => {
        await sameVerdict(json);
      }),
      { numRuns: 60 },
    );
  });

  it('opens the app’s own examples, a mixed GeoJSON and a valid story the same way by both paths', async () => {
    const points = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [63.25, 27.1] }, properties: { name: 'Panjgur' } },
        { type: 'Feature', geometry: null, properties: { name: 'Statement' } },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [63, 27],
              [64, 28],
            ],
          },
          properties: { name: 'Road' },
        },
      ],
    };
    const examples = ['minimal-story.json', 'minimal-points.geojson'].map((name) =>
      readFileSync(new globalThis.URL(`../../../../public/examples/${name}`, import.meta.url), 'utf8'),
    );
    for (const json of [...examples, JSON.stringify(points), JSON.stringify(fixtureStory())]) {
      const link = await loadStory(URL, serving(json), { i18n: englishChecksI18n });
      expect(link.status).toBe('loaded');
      await sameVerdict(json);
    }
  });
});

/** A cell as a spreadsheet writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const csvCell = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }).map(String),
  fc.constantFrom('', '36,31', 'north', '1e309', ' 12.5 ', '2024-01-16', 'Explosions/Remote violence', '1', '2', '3'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const csvHeader = fc.shuffledSubarray(
  [
    'name',
    'latitude',
    'longitude',
    'lat',
    'lon',
    'WKT',
    'event_id_cnty',
    'event_date',
    'actor1',
    'geo_precision',
    'event_type',
    'fatalities',
    'where_prec',
    'date_start',
    'side_a',
    'best',
    'id',
  ],
  { minLength: 1, maxLength: 8 },
);
const csvText = csvHeader.chain((header) =>
  fc
    .array(fc.array(csvCell, { minLength: header.length, maxLength: header.length }), { maxLength: 6 })
    .map((rows) => [header, ...rows].map((row) => row.map(cell).join(',')).join('\n')),
);

describe('any CSV, by link and by file', () => {
  it('opens the same story from any CSV of places or dataset rows, or refuses it with the same problems', async () => {
    const name = 'opened.csv';
    const url = `https://data.example/shared/${name}`;
    await fc.assert(
      fc.asyncProperty(
        csvText,
        fc.constantFrom('text/csv', 'text/plain; charset=utf-8', undefined),
        async (csv, type) => {
          const result = await expectSameVerdict(url, serving(csv, type), name, csv);
          // A CSV is never a story bundle: a schema's words in a problem would be a story made wrong from its rows.
          if (result.status === 'failed') {
            for (const problem of result.problems)
              expect(problem.message).not.toMatch(/Invalid input|Too small|Too big/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
