import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, type LayerId } from '../../../src/state/layers.ts';
import type { ViewState } from '../../../src/state/viewState.ts';
import { formatViewUrl, parseViewUrl } from '../../../src/state/viewUrl.ts';

// A link is typed, pasted, truncated and tampered with: whatever arrives, the parser must give a usable view.

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PASSAGE_PATTERN = /^p[1-9][0-9]{0,3}$/;
const OWN_KEYS = ['incident', 'passage', 'layers', 'map', 'basemap', 'step', 'from', 'to'] as const;

function expectUsable(state: ViewState): void {
  if (state.selectedIncidentId !== null) {
    expect(state.selectedIncidentId).toMatch(ID_PATTERN);
    expect(state.selectedIncidentId.length).toBeLessThanOrEqual(120);
  }
  if (state.highlightedPassageId !== null) expect(state.highlightedPassageId).toMatch(PASSAGE_PATTERN);
  for (const layer of state.visibleLayers) expect(LAYER_IDS).toContain(layer);
  if (state.mapView !== null) {
    const { zoom, latitude, longitude } = state.mapView;
    expect(Number.isFinite(zoom) && zoom >= 0 && zoom <= 20).toBe(true);
    expect(Number.isFinite(latitude) && Math.abs(latitude) <= 85).toBe(true);
    expect(Number.isFinite(longitude) && Math.abs(longitude) <= 180).toBe(true);
  }
  expect(['online', 'offline']).toContain(state.basemap);
  if (state.tourStepId !== null) expect(state.tourStepId).toMatch(ID_PATTERN);
  for (const date of [state.dateSpan.from, state.dateSpan.to])
    if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (state.dateSpan.from !== null && state.dateSpan.to !== null) {
    expect(state.dateSpan.from <= state.dateSpan.to).toBe(true);
  }
}

/** Pieces a hand-edited or mangled link is made of: our own keys and values, separators and broken escapes. */
const linkPiece = fc.oneof(
  fc.constantFrom(...OWN_KEYS, 'story', '=', '&', '?', '#', '+', ',', '/', '.', '-', ' ', ';'),
  fc.constantFrom('%', '%2', '%zz', '%00', '%E2%82', '%C0%AF', '%ED%A0%80', '%25', '%2C', '%2F', '%3D', '%26'),
  fc.constantFrom(...LAYER_IDS, 'none', 'online', 'offline', 'p6', 'p0', 'p99999', 'strike-panjgur', '1e2', 'NaN'),
  fc.constantFrom('2024-01-16', '2024-02-30', '2024-1-6', '0000-00-00', 'panjgur'),
  fc.constantFrom('Infinity', '-0', '0x10', '85.0000001', '-180', '20', '21', '<script>', '\u202E', '\u200D', '🏳️‍🌈'),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const mangledQuery = fc.array(linkPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Parameters with our keys and random ones, repeated, with any value (lone surrogates included). */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  mangledQuery,
  fc.constantFrom('x'.repeat(100_000), 'a-'.repeat(30_000) + 'a', `${'strikes,'.repeat(5_000)}band`, '9'.repeat(400)),
);
const anyParams = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...OWN_KEYS), fc.string({ maxLength: 10 })), anyValue), {
  maxLength: 12,
});

function toSearch(pairs: readonly (readonly [string, string])[]): string {
  return `?${new URLSearchParams(pairs.map(([key, value]) => [key, value])).toString()}`;
}

const incidentId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 6 })
  .map((words) => words.join('-'));
const isoDate = fc
  .integer({ min: -25_000, max: 25_000 })
  .map((days) => new Date(Date.UTC(2024, 0, 15) + days * 86_400_000).toISOString().slice(0, 10));
const mapView = fc.record({
  zoom: fc.double({ min: 0, max: 20, noNaN: true }),
  latitude: fc.double({ min: -85, max: 85, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});
const validState: fc.Arbitrary<ViewState> = fc.record({
  selectedIncidentId: fc.option(incidentId, { nil: null }),
  highlightedPassageId: fc.option(
    fc.integer({ min: 1, max: 9999 }).map((number) => `p${number}`),
    { nil: null },
  ),
  visibleLayers: fc.subarray([...LAYER_IDS]).map((layers) => new Set<LayerId>(layers)),
  mapView: fc.option(mapView, { nil: null }),
  basemap: fc.constantFrom('online' as const, 'offline' as const),
  tourStepId: fc.option(incidentId, { nil: null }),
  dateSpan: fc
    .tuple(fc.option(isoDate, { nil: null }), fc.option(isoDate, { nil: null }))
    .map(([from, to]) => (from !== null && to !== null && to < from ? { from: to, to: from } : { from, to })),
  tourReturn: fc.constant(null),
});

/** What a view looks like after a trip through a link: degrees to five decimals, zoom to two (see formatViewUrl). */
function asLinked(state: ViewState): ViewState {
  if (state.mapView === null) return state;
  const round = (value: number, digits: number) => Number(value.toFixed(digits)) + 0; // + 0 turns -0 into 0
  const { zoom, latitude, longitude } = state.mapView;
  return { ...state, mapView: { zoom: round(zoom, 2), latitude: round(latitude, 5), longitude: round(longitude, 5) } };
}

describe('parseViewUrl, given anything', () => {
  it('never throws and always gives a usable view, for any string at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), mangledQuery), (search) => {
        const { state, ignored } = parseViewUrl(search);
        expectUsable(state);
        // Each problem carries the link's text cut short, whatever the link held: each unknown layer's name (quoted;
        // the names were split at commas), or the field's whole text.
        const cutShort = (problem: (typeof ignored)[number]) =>
          problem.reason === 'unknown-layers'
            ? problem.value.split(', ').every((name) => name.length <= 40 + 2)
            : problem.value.length <= 40;
        expect(ignored.every(cutShort)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives a usable view for any parameters, however long, strange or repeated', () => {
    fc.assert(
      fc.property(anyParams, (pairs) => {
        expectUsable(parseViewUrl(toSearch(pairs)).state);
      }),
      { numRuns: 300 },
    );
  });

  it('reads only the first of a repeated parameter', () => {
    fc.assert(
      fc.property(anyParams, (pairs) => {
        const seen = new Set<string>();
        const firstOnly = pairs.filter(([key]) => !seen.has(key) && Boolean(seen.add(key)));
        expect(parseViewUrl(toSearch(pairs)).state).toEqual(parseViewUrl(toSearch(firstOnly)).state);
      }),
      { numRuns: 200 },
    );
  });

  it('settles at once: a parsed view, written and read again, stays the same', () => {
    fc.assert(
      fc.property(fc.oneof(mangledQuery, anyParams.map(toSearch)), (search) => {
        const once = parseViewUrl(search).state;
        const twice = parseViewUrl(formatViewUrl(once));
        expect(twice.state).toEqual(asLinked(once));
        expect(twice.ignored).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatViewUrl and parseViewUrl', () => {
  it('round-trip every valid view, up to the rounding a link applies', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: parsed, ignored } = parseViewUrl(formatViewUrl(state));
        expect(ignored).toEqual([]);
        expect(parsed).toEqual(asLinked(state));
      }),
      { numRuns: 500 },
    );
  });

  it('keep every parameter they do not own, unchanged', () => {
    const foreignKey = fc.string({ maxLength: 10 }).filter((key) => !(OWN_KEYS as readonly string[]).includes(key));
    const foreignParams = fc.array(fc.tuple(foreignKey, fc.string({ unit: 'binary', maxLength: 40 })), {
      maxLength: 5,
    });
    fc.assert(
      fc.property(validState, foreignParams, (state, pairs) => {
        const other = new URLSearchParams(pairs.map(([key, value]) => [key, value]));
        const written = new URLSearchParams(formatViewUrl(state, other));
        for (const key of OWN_KEYS) written.delete(key);
        expect([...written]).toEqual([...other]);
      }),
      { numRuns: 300 },
    );
  });
});
