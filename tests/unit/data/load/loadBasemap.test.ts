import { describe, expect, it } from 'vitest';
import { loadBasemap } from '../../../../src/data/load/loadBasemap.ts';
import { answerWith, fixtureBasemap } from '../../../fixtures/fixtureStory.ts';

const URL = '/data/fixture/basemap.geojson';

describe('loadBasemap', () => {
  it('loads countries with names and label points', async () => {
    const result = await loadBasemap(URL, answerWith(JSON.stringify(fixtureBasemap())));
    expect(result.status === 'loaded' && result.basemap.features.map((country) => country.properties.name)).toEqual([
      'Iran',
      'Pakistan',
    ]);
  });

  it('names the field of a country that breaks the schema', async () => {
    const basemap = fixtureBasemap();
    const broken = { ...basemap, features: [basemap.features[0], { ...basemap.features[1], properties: {} }] };
    const result = await loadBasemap(URL, answerWith(JSON.stringify(broken)));
    expect(result.status === 'failed' && result.problems.map((problem) => problem.path)).toEqual([
      'features[1] (id "586") › properties.name',
      'features[1] (id "586") › properties.labelPoint',
    ]);
  });

  it('reports a missing file', async () => {
    const result = await loadBasemap(URL, answerWith('', { status: 404 }));
    expect(result.status === 'failed' && result.problems[0]?.origin).toBe(URL);
  });
});
