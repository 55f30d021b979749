import { describe, expect, it } from 'vitest';
import { incidentsToCsv } from '../../../../src/data/export/incidentsToCsv.ts';
import { incidentsToGeoJson } from '../../../../src/data/export/incidentsToGeoJson.ts';
import { storyDownloads } from '../../../../src/data/export/storyDownloads.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('storyDownloads', () => {
  it('offers GeoJSON and CSV, named after the story', () => {
    const story = { ...fixtureStory(), id: 'iran-pakistan-2024' };
    expect(storyDownloads(story).map(({ label, fileName, mimeType }) => ({ label, fileName, mimeType }))).toEqual([
      {
        label: 'Incidents (GeoJSON)',
        fileName: 'iran-pakistan-2024-incidents.geojson',
        mimeType: 'application/geo+json',
      },
      {
        label: 'Incidents (CSV, for spreadsheets)',
        fileName: 'iran-pakistan-2024-incidents.csv',
        mimeType: 'text/csv;charset=utf-8',
      },
    ]);
  });

  it('writes the files with the tested pure functions', async () => {
    const story = fixtureStory();
    const [geojson, csv] = storyDownloads(story);
    await expect(geojson?.contents()).resolves.toBe(incidentsToGeoJson(story.incidents));
    await expect(csv?.contents()).resolves.toBe(incidentsToCsv(story));
  });
});
