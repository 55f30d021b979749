import { readdirSync, readFileSync } from 'node:fs';
import { validateStoryShape } from 'virtual:story-shape-validator';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../../../bench/generateStory.ts';
import { storyIfQuicklyValid, unsureSplitOf } from '../../../../src/data/load/quickStoryCheck.ts';
import { validateStory } from '../../../../src/data/load/validateStory.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { StorySchema, type Story } from '../../../../src/model/story.ts';
import type { z } from '../../../../src/model/zod.ts';

// The worker checks a large story with a validator compiled from the model's JSON Schema plus the model's own
// refinements, instead of zod. That is only right if the two halves accept exactly what zod accepts: these tests put
// the same data, valid and broken in every way we could think of, to both and expect the same verdict.

const REAL_STORY_TEXT = readFileSync(
  new URL('../../../../public/data/iran-pakistan-2024/story.json', import.meta.url),
  'utf8',
);
const realStory = (): Story => JSON.parse(REAL_STORY_TEXT) as Story;

function zodAccepts(data: unknown): boolean {
  return StorySchema.safeParse(data).success;
}

function quickAccepts(data: unknown): boolean {
  return storyIfQuicklyValid(validateStoryShape, data) !== null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The real story made small enough to break in thousands of ways: every kind of part kept, long lists cut short. */
function compactStory(): Story {
  const story = realStory();
  const shortLine = <T>(items: T[]): T[] => items.slice(0, 3);
  for (const region of story.regions.features) {
    const geometry = region.geometry;
    if (geometry.type === 'LineString') geometry.coordinates = shortLine(geometry.coordinates);
    if (geometry.type === 'MultiLineString') geometry.coordinates = [shortLine(geometry.coordinates[0] ?? [])];
    if (geometry.type === 'Polygon') {
      const [first] = geometry.coordinates[0] ?? [];
      geometry.coordinates = [[[0, 0], [1, 0], [1, 1], first ?? [0, 0]]];
      const ring = geometry.coordinates[0];
      if (ring !== undefined) ring[3] = ring[0] ?? [0, 0];
    }
    if (geometry.type === 'MultiPolygon')
      geometry.coordinates = [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      ];
  }
  return story;
}

/** Every path into the data, with arrays visited at their first two items only. */
function pathsOf(node: Json, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(node)) {
    return [...here, ...node.slice(0, 2).flatMap((item, index) => pathsOf(item, [...path, index]))];
  }
  if (node !== null && typeof node === 'object') {
    return [...here, ...Object.entries(node).flatMap(([key, value]) => pathsOf(value, [...path, key]))];
  }
  return here;
}

function parentAndKey(root: Json, path: (string | number)[]): [Record<string | number, Json>, string | number] {
  let node = root as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, Json>;
  const key = path[path.length - 1];
  if (key === undefined) throw new Error('the root has no parent');
  return [node, key];
}

/** Ways to break (or keep) the value at a path: other types, empty and edge values, a key too many or too few. */
function mutationsOf(value: Json): ((parent: Record<string | number, Json>, key: string | number) => void)[] {
  const set = (replacement: Json) => (parent: Record<string | number, Json>, key: string | number) => {
    parent[key] = replacement;
  };
  const mutations = [set(null), set(''), set('x'), set(0), set(-1), set(2.5), set(true), set([]), set({})];
  mutations.push((parent, key) => {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  });
  if (typeof value === 'number') mutations.push(set(value + 0.5), set(-value), set(1e9));
  if (typeof value === 'string') mutations.push(set(` ${value}`), set(value.toUpperCase()), set('ftp://example.org/'));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    mutations.push((parent, key) => {
      (parent[key] as Record<string, Json>).unexpected = 1;
    });
  }
  if (Array.isArray(value)) mutations.push(set([...value, ...value]));
  return mutations;
}

function refineRulesOf(schema: z.core.$ZodType, seen = new Set<z.core.$ZodType>()): Set<string> {
  const rules = new Set<string>();
  if (seen.has(schema)) return rules;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { checks?: z.core.$ZodCheck<never>[] };
  for (const check of def.checks ?? []) {
    const params = (check._zod.def as { params?: { rule?: string } }).params;
    if (params?.rule !== undefined) rules.add(params.rule);
    else if ((check._zod.def as { check: string }).check === 'custom') rules.add('(a refinement with no rule)');
  }
  const children: unknown[] = [def.innerType, def.element, def.keyType, def.valueType, def.catchall, def.rest];
  if (def.shape !== undefined) children.push(...(Object.values(def.shape as object) as unknown[]));
  for (const list of [def.options, def.items]) if (Array.isArray(list)) children.push(...(list as unknown[]));
  for (const child of children) {
    if (child !== undefined && child !== null)
      for (const rule of refineRulesOf(child as z.core.$ZodType, seen)) rules.add(rule);
  }
  return rules;
}

describe('the quick check of a large story (compiled shape + the model’s refinements)', () => {
  it('can split every part of the story’s schema off zod', () => {
    expect(unsureSplitOf(StorySchema)).toBeNull();
  });

  it('accepts the real story as it is, and it is what zod would return', () => {
    const story = realStory();
    expect(storyIfQuicklyValid(validateStoryShape, story)).toBe(story);
    expect(StorySchema.parse(realStory())).toEqual(story);
  });

  it('accepts a generated story of 2,000 incidents, as zod does', () => {
    const story = generateStory(realStory(), 2000);
    expect(zodAccepts(story)).toBe(true);
    expect(quickAccepts(story)).toBe(true);
  });

  it('gives zod’s verdict on every story fixture of the tests', () => {
    const folder = new URL('../../../fixtures/', import.meta.url);
    const odd = readdirSync(new URL('odd-stories/', folder)).map((name) => `odd-stories/${name}`);
    const names = ['minimal-story.json', 'hostile-story.json', 'story.fixture.json', ...odd];
    for (const name of names) {
      const data: unknown = JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
      expect({ name, quick: quickAccepts(data) }).toEqual({ name, quick: zodAccepts(data) });
    }
  });

  it('gives zod’s verdict on thousands of broken stories: every path, other types, edge values, keys added and taken', () => {
    const base = compactStory() as unknown as Json;
    expect(zodAccepts(base)).toBe(true);
    const disagreements: string[] = [];
    let rejected = 0;
    let tried = 0;
    for (const path of pathsOf(base).filter((path) => path.length > 0)) {
      const [originalParent, key] = parentAndKey(base, path);
      for (const mutate of mutationsOf(originalParent[key] as Json)) {
        const mutant = structuredClone(base);
        const [parent] = parentAndKey(mutant, path);
        mutate(parent, key);
        const zod = zodAccepts(mutant);
        tried += 1;
        if (!zod) rejected += 1;
        if (quickAccepts(mutant) !== zod) disagreements.push(`${path.join('.')}: zod ${zod ? 'accepts' : 'refuses'}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The mutations reach far: most of them break the story.
    expect(tried).toBeGreaterThan(5000);
    expect(rejected / tried).toBeGreaterThan(0.7);
  }, 120_000);

  /** Each of the model's refinements broken once, on the real story. */
  const brokenRules: Record<string, (story: Story) => void> = {
    'range-order': (story) => {
      const figure = story.incidents.features.flatMap((incident) => incident.properties.casualties)[0];
      if (figure === undefined) throw new Error('the real story has a casualty figure');
      figure.killed = { value: 9, atLeast: false, upTo: 4 };
    },
    'range-not-floor': (story) => {
      const figure = story.incidents.features.flatMap((incident) => incident.properties.casualties)[0];
      if (figure === undefined) throw new Error('the real story has a casualty figure');
      figure.injured = { value: 2, atLeast: true, upTo: 4 };
    },
    'distance-order': (story) => {
      const distance = story.incidents.features.flatMap(
        (incident) => incident.properties.place.reportedDistances ?? [],
      )[0];
      if (distance === undefined) throw new Error('the real story has a reported distance');
      distance.minKm = distance.maxKm + 1;
    },
    'radius-approximate': (story) => {
      const place = story.incidents.features.find((incident) => incident.properties.place.geoPrecision === 1)
        ?.properties.place;
      if (place === undefined) throw new Error('the real story has an exact place');
      place.uncertaintyRadiusKm = 5;
    },
    'site-precise': (story) => {
      const place = story.incidents.features.find((incident) => incident.properties.place.geoPrecision === 2)
        ?.properties.place;
      if (place?.point === undefined) throw new Error('the real story has an approximate place with a point');
      place.point.role = 'site';
    },
    'time-day': (story) => {
      const when = story.incidents.features.find((incident) => incident.properties.when?.time !== null)?.properties
        .when;
      if (when === undefined || when === null) throw new Error('the real story has a time of day');
      when.precision = 'day';
    },
    'border-name': (story) => {
      const context = story.incidents.features.find((incident) => incident.properties.context?.borderName)?.properties
        .context;
      if (context === undefined) throw new Error('the real story has a distance to the border');
      delete context.borderName;
    },
    'bbox-order': (story) => {
      const [west, south, east, north] = story.defaultBounds;
      story.defaultBounds = [east, south, west, north];
    },
    'ring-closed': (story) => {
      const polygon = story.regions.features.find(
        (region) => region.geometry.type === 'Polygon' || region.geometry.type === 'MultiPolygon',
      );
      if (polygon === undefined) throw new Error('the real story has an area');
      const { geometry } = polygon;
      const ring =
        geometry.type === 'Polygon'
          ? geometry.coordinates[0]
          : geometry.type === 'MultiPolygon'
            ? geometry.coordinates[0]?.[0]
            : undefined;
      if (ring === undefined) throw new Error('an area has a ring');
      ring[ring.length - 1] = [0, 0];
    },
    'feature-id': (story) => {
      const incident = story.incidents.features[0];
      if (incident === undefined) throw new Error('the real story has incidents');
      incident.id = `${incident.id}-other`;
    },
    'no-point-role': (story) => {
      const incident = story.incidents.features.find((feature) => feature.geometry === null);
      if (incident === undefined) throw new Error('the real story has an incident with no point');
      incident.properties.place.point = { role: 'where-issued', on: 'the capital', eventWas: null };
    },
    'precision-null': (story) => {
      const incident = story.incidents.features.find((feature) => feature.geometry !== null);
      if (incident === undefined) throw new Error('the real story has a point');
      incident.properties.place.geoPrecision = null;
    },
    'when-kind': (story) => {
      const incident = story.incidents.features.find((feature) => feature.properties.kind === 'strike');
      if (incident === undefined) throw new Error('the real story has a strike');
      incident.properties.when = null;
    },
    'web-address': (story) => {
      story.credits.push({ what: 'a map', source: 'someone', license: 'CC0', url: 'javascript:alert(1)' });
    },
  };

  it('knows every refinement the model has (a new one needs a broken story here)', () => {
    const rules = refineRulesOf(StorySchema);
    // checkFeatureConsistency words its four rules inside one refinement: they are listed by hand below.
    expect(rules.delete('(a refinement with no rule)')).toBe(true);
    expect([...rules].sort()).toEqual(
      Object.keys(brokenRules)
        .filter((rule) => !['feature-id', 'no-point-role', 'precision-null', 'when-kind', 'web-address'].includes(rule))
        .sort(),
    );
  });

  for (const [rule, breakIt] of Object.entries(brokenRules)) {
    it(`refuses what zod refuses: ${rule}`, () => {
      const story = realStory();
      breakIt(story);
      // The compiled shape alone passes it, or this test would prove nothing about the refinements.
      expect(validateStoryShape(story)).toBe(true);
      expect(zodAccepts(story)).toBe(false);
      expect(quickAccepts(story)).toBe(false);
    });
  }

  it('leaves a story that fails to zod, whose problems it words as always', () => {
    const story = realStory();
    brokenRules['range-order']?.(story);
    const quick = validateStory('story.json', story, englishChecksI18n, validateStoryShape);
    const plain = validateStory('story.json', structuredClone(story), englishChecksI18n);
    expect(quick.status).toBe('failed');
    expect(quick).toEqual(plain);
  });
});
