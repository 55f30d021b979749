import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { IncidentCollectionSchema } from '../../src/model/incident.ts';
import { parseCsv } from '../fixtures/parseCsv.ts';
import { appErrors, openMapTools, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

/** Starts a download the way a keyboard user would, and gives back its suggested name and its text. */
async function download(page: Page, label: string): Promise<{ fileName: string; text: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).focus();
  await page.keyboard.press('Enter');
  const file = await started;
  return { fileName: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test.describe('downloading the data', () => {
  test('gives the incidents as GeoJSON, one feature each, valid against the schema', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');
    await openMapTools(page);
    await expect(page.getByRole('heading', { name: 'Download data' })).toBeVisible();

    const { fileName, text } = await download(page, 'Incidents (GeoJSON)');
    expect(fileName).toBe(`${story.id}-incidents.geojson`);
    const incidents = IncidentCollectionSchema.parse(JSON.parse(text));
    expect(incidents.features.map((incident) => incident.id)).toEqual(
      story.incidents.features.map((incident) => incident.id),
    );
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('gives the incidents as CSV for a spreadsheet: a header and one row each, figures with their claimants', async ({
    page,
  }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');
    await openMapTools(page);
    await expect(page.getByText('Casualty figures keep who claimed them')).toBeVisible();

    const { fileName, text } = await download(page, 'Incidents (CSV, for spreadsheets)');
    expect(fileName).toBe(`${story.id}-incidents.csv`);
    // readFileSync's "utf8" keeps the byte-order mark Excel needs; the rows follow it.
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.slice(0, 2)).toEqual(['event_id', 'event_date']);
    expect(header).toContain('fatalities_claims');
    expect(rows.map((row) => row[0])).toEqual(story.incidents.features.map((incident) => incident.id));
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('gives the incidents as KML for Google Earth, which opens again in Citemap with every incident', async ({
    page,
  }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');
    await openMapTools(page);
    const { fileName, text } = await download(page, 'Incidents (KML, for Google Earth)');
    expect(fileName).toBe(`${story.id}-incidents.kml`);
    expect(text).toMatch(/^(<\?xml[^>]*>\s*)?<kml xmlns="http:\/\/www\.opengis\.net\/kml\/2\.2">/);
    const placemarks = text.match(/<Placemark[ >]/g) ?? [];
    expect(placemarks).toHaveLength(story.incidents.features.length);

    // The round trip: the downloaded file, opened as any KML is, lists every incident by its title.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a story file…' }).click();
    await (
      await chooser
    ).setFiles({ name: fileName, mimeType: 'application/vnd.google-earth.kml+xml', buffer: Buffer.from(text) });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${story.id}-incidents`);
    const rows = page.getByRole('region', { name: 'Incidents' }).locator('.incident-row');
    await expect(rows).toHaveCount(story.incidents.features.length);
    for (const incident of story.incidents.features) {
      await expect(rows.filter({ hasText: incident.properties.title })).toHaveCount(1);
    }
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });
});
