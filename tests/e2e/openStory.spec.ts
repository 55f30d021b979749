import type { Page } from '@playwright/test';
import { appErrors, incidentList, searchParam, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';
import { readFixtureText } from './storyRoutes.ts';

// Another story than the build's own: from a link's ?story=, or from a file the reader chooses or drops on the map.

const MINIMAL_TITLE = 'A minimal Citemap story';
const POINTS = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [63.25, 27.1] }, properties: { name: 'Panjgur' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [62.33, 27.37] }, properties: { name: 'Saravan' } },
  ],
});

function storyHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

async function chooseFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a story file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.describe('opening another story', () => {
  test('from a link: ?story= names a story file beside the app', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./?story=examples/minimal-story.json');
    await expect(storyHeading(page)).toHaveText(MINIMAL_TITLE);
    await expect(incidentList(page).getByRole('button', { name: /The town is shelled/ })).toBeVisible();
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('from a link that cannot be used: names the parameter and offers the default story', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./?story=javascript:alert(1)');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('story=');
    await expect(alert).toContainText('is not an http(s) address');
    await alert.getByRole('button', { name: 'Open the default story instead' }).click();
    await expect(storyHeading(page)).toHaveText(story.title);
    expect(searchParam(page, 'story')).toBeNull();
  });

  test('from a link to a missing file: Retry, or the default story', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./?story=examples/missing.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('examples/missing.json');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await alert.getByRole('button', { name: 'Open the default story instead' }).click();
    await expect(storyHeading(page)).toHaveText(story.title);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('from a chosen file: replaces the story and forgets what pointed into the old one', async ({ page }) => {
    await isolateNetwork(page, 'served');
    const [first] = story.incidents.features;
    await page.goto(`./?incident=${first?.id ?? ''}&basemap=offline`);
    await expect(storyHeading(page)).toHaveText(story.title);
    await chooseFile(page, 'minimal-story.json', readFixtureText('../../public/examples/minimal-story.json'));
    await expect(storyHeading(page)).toHaveText(MINIMAL_TITLE);
    expect(searchParam(page, 'incident')).toBeNull();
    expect(searchParam(page, 'basemap')).toBe('offline');
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
  });

  test('from a file that fails: lists its problems, and the story on screen stays', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./');
    await expect(storyHeading(page)).toHaveText(story.title);
    await chooseFile(page, 'broken.json', '{ "schemaVersion": 1, "id": "Not An Id" }');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('broken.json could not be opened');
    await expect(alert).toContainText('The story on screen stays as it was.');
    await expect(alert.locator('li').first()).toContainText('broken.json ›');
    await expect(storyHeading(page)).toHaveText(story.title);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(storyHeading(page)).toHaveText(story.title);
  });

  test('from a file dropped on the map: outlined while dragged, then opened', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./');
    await expect(storyHeading(page)).toHaveText(story.title);
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'field-notes.geojson', { type: 'application/geo+json' }));
      return transfer;
    }, POINTS);
    const target = page.locator('.story-drop-target');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await expect(target).toHaveClass(/story-drop-target--dragging/);
    await target.dispatchEvent('drop', { dataTransfer });
    await expect(page.locator('.story-drop-target--dragging')).toHaveCount(0);
    await expect(incidentList(page).getByRole('button', { name: /Panjgur/ })).toBeVisible();
    await expect(incidentList(page).getByRole('button', { name: /Saravan/ })).toBeVisible();
  });
});
