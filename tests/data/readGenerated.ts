import { readFileSync, readdirSync } from 'node:fs';

const publicData = new URL('../../public/data/', import.meta.url);

/** The story ids that have generated data under public/data/. */
export function generatedStoryIds(): string[] {
  return readdirSync(publicData, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A generated file of one story, parsed as JSON. */
export function readGenerated(storyId: string, name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${storyId}/${name}`, publicData), 'utf8'));
}
