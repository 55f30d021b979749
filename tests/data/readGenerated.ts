import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// From the project's root (where vitest runs), not import.meta.url: under jsdom that is not a file: URL.
const publicData = join(process.cwd(), 'public', 'data');

/** The story ids that have generated data under public/data/. */
export function generatedStoryIds(): string[] {
  return readdirSync(publicData, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A generated file of one story, parsed as JSON. */
export function readGenerated(storyId: string, name: string): unknown {
  return JSON.parse(readFileSync(join(publicData, storyId, name), 'utf8'));
}
