import { describe, expect, it } from 'vitest';
import { incidentsToCsv } from '../../../../src/data/export/incidentsToCsv.ts';
import { incidentsToGeoJson } from '../../../../src/data/export/incidentsToGeoJson.ts';
import { storyDownloads } from '../../../../src/data/export/storyDownloads.ts';
import { incidentsToKml } from '../../../../src/data/formats/incidentsToKml.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('storyDownloads', () => {
  it('offers GeoJSON, CSV and KML, named after the story', () => {
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
      {
        label: 'Incidents (KML, for Google Earth)',
        fileName: 'iran-pakistan-2024-incidents.kml',
        mimeType: 'application/vnd.google-earth.kml+xml',
      },
    ]);
  });

  it('writes the files with the tested pure functions', async () => {
    const story = fixtureStory();
    const [geojson, csv, kml] = storyDownloads(story);
    await expect(geojson?.contents()).resolves.toBe(incidentsToGeoJson(story.incidents));
    await expect(csv?.contents()).resolves.toBe(incidentsToCsv(story));
    await expect(kml?.contents()).resolves.toBe(incidentsToKml(story.incidents));
  });
});
