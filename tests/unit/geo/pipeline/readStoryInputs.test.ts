import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataProblemsError } from '../../../../geo/pipeline/dataProblemsError.ts';
import { readStoryInputs } from '../../../../geo/pipeline/readStoryInputs.ts';

const STORY = 'iran-pakistan-2024';
const realFolder = fileURLToPath(new URL(`../../../../geo/stories/${STORY}`, import.meta.url));
const folder = `geo/stories/${STORY}`;

/** Each test works on its own copy of the real story, outside the repository. */
let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'citemap-inputs-'));
  cpSync(realFolder, join(root, folder), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function problemsOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof DataProblemsError) return error.message.split('\n');
    throw error;
  }
  return [];
}

function editJson<T>(name: string, edit: (data: T) => void): void {
  const path = join(root, folder, name);
  const data = JSON.parse(readFileSync(path, 'utf8')) as T;
  edit(data);
  writeFileSync(path, JSON.stringify(data));
}

describe('readStoryInputs', () => {
  it('reads and validates the real story', () => {
    const inputs = readStoryInputs(root, folder);
    expect(inputs.meta.id).toBe(STORY);
    expect(inputs.article.passages.length).toBeGreaterThan(0);
    expect(inputs.incidents.length).toBeGreaterThan(0);
  });

  it('names the file, the incident and the field of an invalid incident', () => {
    let id = '';
    editJson<{ features: { id: string; properties: { when: { date: string } } }[] }>('incidents.geojson', (data) => {
      const incident = data.features[1];
      if (incident === undefined) throw new Error('the story has a second incident');
      id = incident.id;
      incident.properties.when.date = '16 Jan 2024';
    });
    expect(problemsOf(() => readStoryInputs(root, folder))).toEqual([
      `${folder}/incidents.geojson › features[1] (id "${id}") › properties.when.date: expected YYYY-MM-DD`,
    ]);
  });

  it('reports every broken file in one run', () => {
    writeFileSync(join(root, folder, 'incidents.geojson'), '{ "type": "FeatureCollection", ');
    editJson<{ border: { bandWidthKm: number } }>('story.meta.json', (data) => {
      data.border.bandWidthKm = -5;
    });
    const problems = problemsOf(() => readStoryInputs(root, folder));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/story\.meta\.json › border\.bandWidthKm: /);
    expect(problems[1]).toMatch(/incidents\.geojson › \(file\): not valid JSON/);
  });

  it('reports a missing incidents file, and an article it cannot read, by file', () => {
    rmSync(join(root, folder, 'incidents.geojson'));
    writeFileSync(join(root, folder, 'source/article.txt'), '\n\n');
    expect(problemsOf(() => readStoryInputs(root, folder))).toEqual([
      `${folder}/source/article.txt › (file): the article text is empty`,
      `${folder}/incidents.geojson › (file): the file is missing`,
    ]);
  });

  it('reads the tour, and names the step and the field of invalid tour bounds', () => {
    expect(readStoryInputs(root, folder).tour?.steps.length).toBeGreaterThan(0);
    let id = '';
    editJson<{ steps: { id: string; bounds: number[] }[] }>('tour.json', (data) => {
      const step = data.steps[0];
      if (step === undefined) throw new Error('the tour has a step');
      id = step.id;
      step.bounds = [75.5, 23, 34.5, 38.5];
    });
    expect(problemsOf(() => readStoryInputs(root, folder))).toEqual([
      `${folder}/tour.json › steps[0] (id "${id}") › bounds: ` +
        'a bounding box is [west, south, east, north] with west < east and south < north',
    ]);
  });

  it('has no tour when tour.json is absent', () => {
    rmSync(join(root, folder, 'tour.json'), { force: true });
    expect(readStoryInputs(root, folder).tour).toBeNull();
  });
});
