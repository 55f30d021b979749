import type { Page, Route } from '@playwright/test';
import { generateStory } from '../../bench/generateStory.ts';
import { openMapTools, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// Code the first view of the map does not need comes in chunks of its own, fetched when it is needed: the
// presentation card, the printed handout (soon after the map, so that it is there for Ctrl+P), the code that opens
// story files, the CSV writer. When such a chunk cannot be fetched, the reader is told what to do.

/** The chunks Vite makes for each dynamic import, named after the module imported: `assets/<Name>-<hash>.js`. */
// `readStoryBundle` and `region` carry the story's and the basemap's schemas: the build's own files are checked by
// their hash, so the first view fetches neither. `ClusteredIncidentLayer` draws a story of thousands of incidents.
const CHUNKS = [
  'ClusteredIncidentLayer',
  'PresentationCard',
  'PrintHandout',
  'readStoryFile',
  'incidentsToCsv',
  'readStoryBundle',
  'region',
  'StoryOpenedFrom',
] as const;
type Chunk = (typeof CHUNKS)[number];

function chunkPattern(chunk: Chunk): RegExp {
  return new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`);
}

/** Which of the on-demand chunks the page has asked for so far. */
function watchChunks(page: Page): Set<Chunk> {
  const requested = new Set<Chunk>();
  page.on('request', (request) => {
    const chunk = CHUNKS.find((candidate) => chunkPattern(candidate).test(request.url()));
    if (chunk !== undefined) requested.add(chunk);
  });
  return requested;
}

/** A chunk the server cannot deliver (the connection is gone) until the returned function is called. */
async function failChunk(page: Page, chunk: Chunk): Promise<() => Promise<void>> {
  const handler = (route: Route) => route.abort('internetdisconnected');
  await page.route(chunkPattern(chunk), handler);
  return () => page.unroute(chunkPattern(chunk), handler);
}

const POINTS = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [63.25, 27.1] }, properties: { name: 'Here' } },
  ],
});

async function chooseFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a story file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.describe('code fetched on demand', () => {
  test('the first view fetches only the handout besides the page; the rest comes when used', async ({ page }) => {
    await isolateNetwork(page, 'served');
    const requested = watchChunks(page);
    await page.goto('./?basemap=offline');
    await expect(page.locator('.incident-icon').first()).toBeAttached();
    // Fetched when the browser is idle after the map is drawn, so that it is in the page before anyone prints.
    await expect(page.locator('.print-handout')).toBeAttached();
    await expect(page.locator('.print-handout')).toBeHidden();
    expect([...requested]).toEqual(['PrintHandout']);

    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByTestId('presentation-progress')).toHaveText(/^1 \//);
    await page.keyboard.press('Escape');
    expect(requested.has('PresentationCard')).toBe(true);

    await openMapTools(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Incidents (CSV, for spreadsheets)' }).click();
    expect((await download).suggestedFilename()).toBe(`${story.id}-incidents.csv`);
    expect(requested.has('incidentsToCsv')).toBe(true);

    await chooseFile(page, 'here.geojson', POINTS);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(story.title);
    expect(requested.has('readStoryFile')).toBe(true);
  });

  test('"Print handout" waits for the handout before printing', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.addInitScript(() => {
      window.print = () => {
        const inPage = document.querySelector('.print-handout table') !== null;
        document.body.setAttribute('data-printed', inPage ? 'with handout' : 'without handout');
      };
    });
    // Held back until the button is pressed: as if the reader were quicker than the connection.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(chunkPattern('PrintHandout'), async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./?basemap=offline');
    await expect(page.locator('.incident-icon').first()).toBeAttached();
    await page.getByRole('button', { name: 'Print handout' }).click();
    release();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'with handout');
  });

  test('a handout that cannot be fetched: says so beside the button, and prints once it can be', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.addInitScript(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    const restore = await failChunk(page, 'PrintHandout');
    await page.goto('./?basemap=offline');
    await expect(page.locator('.incident-icon').first()).toBeAttached();
    await page.getByRole('button', { name: 'Print handout' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The handout could not be downloaded');
    await expect(page.locator('body')).not.toHaveAttribute('data-printed', 'yes');

    await restore();
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.print-handout')).toBeAttached();
  });

  test('a presentation that cannot be fetched: says so in the card’s place; Try again fetches again', async ({
    page,
  }) => {
    await isolateNetwork(page, 'served');
    const restore = await failChunk(page, 'PresentationCard');
    await page.goto('./?basemap=offline');
    await page.getByRole('button', { name: 'Present' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('the presentation could not be downloaded');
    await expect(alert).toContainText('The rest of Citemap still works.');

    await restore();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('presentation-progress')).toHaveText(/^1 \//);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('any part whose code cannot be fetched says so in the reader’s language, not in the browser’s words', async ({
    page,
  }) => {
    await isolateNetwork(page, 'served');
    // The line that says where a story came from, shown above a story opened from a file.
    const restore = await failChunk(page, 'StoryOpenedFrom');
    await page.goto('./?basemap=offline&lang=fa');
    // The header's "Open a story file…" button, in Persian, hands its file input what was chosen.
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'here.geojson', mimeType: 'application/json', buffer: Buffer.from(POINTS) });
    const alert = page.getByRole('alert');
    // "This part failed: the code of this part of the page could not be downloaded (…)", in Persian.
    await expect(alert).toContainText('کد این بخش از صفحه');
    await expect(alert).not.toContainText('dynamically imported module');
    await expect(alert).not.toContainText('/assets/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('here');

    await restore();
    await alert.getByRole('button').click();
    await expect(page.locator('.story-origin')).toContainText('here.geojson');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a large story whose clustered layer cannot be fetched: the map says so; Try again draws the clusters', async ({
    page,
  }) => {
    await isolateNetwork(page, 'served');
    const large = JSON.stringify(generateStory(story, 3_000));
    await page.route('**/data/iran-pakistan-2024/story.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: large }),
    );
    const restore = await failChunk(page, 'ClusteredIncidentLayer');
    await page.goto('./?basemap=offline');
    const alert = page.getByRole('alert').filter({ hasText: 'The rest of Citemap still works.' });
    await expect(alert).toBeVisible();
    await expect(page.locator('.incident-cluster')).toHaveCount(0);

    await restore();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('.incident-cluster').first()).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test('a story file when its code cannot be fetched: listed as the file’s problem, the story stays', async ({
    page,
  }) => {
    await isolateNetwork(page, 'served');
    const restore = await failChunk(page, 'readStoryFile');
    await page.goto('./?basemap=offline');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
    await chooseFile(page, 'here.geojson', POINTS);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('here.geojson could not be opened');
    await expect(alert).toContainText('the code that opens story files could not be downloaded');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);

    await restore();
    await chooseFile(page, 'here.geojson', POINTS);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(story.title);
  });

  test('a CSV whose writer cannot be fetched: says so under the downloads', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await failChunk(page, 'incidentsToCsv');
    await page.goto('./?basemap=offline');
    await openMapTools(page);
    await page.getByRole('button', { name: 'Incidents (CSV, for spreadsheets)' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Incidents (CSV, for spreadsheets) could not be made: the code that writes it could not be downloaded',
    );
  });
});
