import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** Capitalised words any story may use in a name ("United Nations", "Islamic State"): not one story's own names. */
const COMMON = new Set(
  'within border united nations states state province district county region city town department force headquarters aboard'.split(
    ' ',
  ),
);

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(tsx?|css)$/.test(name) ? [path] : [];
  });
}

interface BuiltStory {
  id: string;
  regions: { features: { properties: { name: string } }[] };
  incidents: {
    features: {
      properties: {
        place: { name: string; variants?: string[] };
        actors: { initiator: { party: string }; targetCountry: string | null };
        context?: { country: string | null; province: string | null; borderName?: string };
      };
    }[];
  };
}

/** The proper names of each built story: its places, regions, parties and countries, and the words of its id. */
function storyWords(): Set<string> {
  const words = new Set<string>();
  for (const id of readdirSync(join(ROOT, 'geo/stories'))) {
    const story = JSON.parse(readFileSync(join(ROOT, 'public/data', id, 'story.json'), 'utf8')) as BuiltStory;
    const names = [
      ...id.split('-'),
      ...story.regions.features.map((region) => region.properties.name),
      ...story.incidents.features.flatMap(({ properties: { place, actors, context } }) => [
        place.name,
        ...(place.variants ?? []),
        actors.initiator.party,
        actors.targetCountry ?? '',
        context?.country ?? '',
        context?.province ?? '',
        context?.borderName ?? '',
      ]),
    ];
    for (const name of names) {
      for (const word of name.match(/\p{Lu}\p{L}{3,}/gu) ?? []) {
        if (!COMMON.has(word.toLowerCase())) words.add(word.toLowerCase());
      }
      if (/^[a-z]{4,}$/.test(name) && !COMMON.has(name)) words.add(name);
    }
  }
  return words;
}

describe('src/ knows no story', () => {
  const words = storyWords();

  it('finds the names of the built stories to look for', () => {
    expect(words.size).toBeGreaterThan(5);
  });

  it('names no place, party or country of a story, in code or in comments', () => {
    const pattern = new RegExp(`(?<![\\p{L}])(${[...words].join('|')})(?![\\p{L}])`, 'iu');
    const found = filesUnder(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => {
          const match = pattern.exec(line);
          return match === null ? [] : [`${file.slice(ROOT.length)}:${index + 1}: ${match[1]}`];
        }),
    );
    expect(found).toEqual([]);
  });
});
