import type { Page } from '@playwright/test';
import { appErrors, openMapTools, searchParam } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

const FALLBACK_MESSAGE = 'Map tiles could not be loaded; showing the built-in offline map.';

function statusLine(page: Page) {
  return page.locator('.map-status');
}

function attribution(page: Page) {
  return page.locator('.leaflet-control-attribution');
}

async function expectOfflineMapDrawn(page: Page) {
  await expect(page.locator('path.offline-country').first()).toBeAttached();
  expect(await page.locator('path.offline-country').count()).toBeGreaterThan(10);
  await expect(page.locator('img.leaflet-tile')).toHaveCount(0);
  await expect(attribution(page)).toContainText('Natural Earth');
  await expect(attribution(page)).not.toContainText('OpenStreetMap');
}

test.describe('the base map', () => {
  test('falls back to the offline map when tiles fail, says so quietly, and the switch shows it', async ({ page }) => {
    const network = await isolateNetwork(page, 'down');
    await page.goto('./');

    await expect(statusLine(page)).toHaveText(FALLBACK_MESSAGE);
    await expectOfflineMapDrawn(page);
    await openMapTools(page);
    await expect(page.getByRole('radio', { name: 'Built-in offline map' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Online map (OpenStreetMap)' })).not.toBeChecked();
    await expect(page.getByRole('button', { name: 'Try online tiles again' })).toBeVisible();
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('the offline map, chosen by hand, makes no tile requests at all', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');
    await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
    await expect(attribution(page)).toContainText('OpenStreetMap');

    await openMapTools(page);
    await page.getByRole('radio', { name: 'Built-in offline map' }).check();
    await expectOfflineMapDrawn(page);
    await expect(statusLine(page)).toHaveText('');
    await expect.poll(() => searchParam(page, 'basemap')).toBe('offline');
    const requestsWhenChosen = network.tileRequests.length;

    // Zooming and panning would fetch tiles if any tile layer were left.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('.story-map__canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(800);
    expect(network.tileRequests.length).toBe(requestsWhenChosen);

    // Opened from a link that asks for it, the offline map never asks for a tile.
    await page.reload();
    await expectOfflineMapDrawn(page);
    await page.waitForTimeout(800);
    expect(network.tileRequests.length).toBe(requestsWhenChosen);
    expect(network.consoleErrors).toEqual([]);
  });

  test('"Try online tiles again" brings the tiles back once the server answers', async ({ page }) => {
    const network = await isolateNetwork(page, 'down');
    await page.goto('./');
    await expect(statusLine(page)).toHaveText(FALLBACK_MESSAGE);

    network.setTiles('served');
    await openMapTools(page);
    await page.getByRole('button', { name: 'Try online tiles again' }).click();

    await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
    await expect(page.locator('path.offline-country')).toHaveCount(0);
    await expect(statusLine(page)).toHaveText('');
    await expect(attribution(page)).toContainText('OpenStreetMap');
    await expect(page.getByRole('radio', { name: 'Online map (OpenStreetMap)' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Try online tiles again' })).toHaveCount(0);
    expect(searchParam(page, 'basemap')).toBeNull();
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });
});

test.describe('the opening tiles, on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });

  test('are fetched while the story downloads, and the map then shows them without asking again', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    const tileAsked: { url: string; at: number }[] = [];
    let storyArrivedAt = Number.POSITIVE_INFINITY;
    let basemapAsked = false;
    let tilesBegan = () => {};
    const firstTileAsked = new Promise<void>((resolve) => (tilesBegan = resolve));
    page.on('request', (request) => {
      if (request.url().includes('tile.openstreetmap.org')) {
        tileAsked.push({ url: request.url(), at: Date.now() });
        tilesBegan();
      }
      if (request.url().endsWith('/basemap.geojson')) basemapAsked = true;
    });
    // A slow story: the tiles must not wait for it. It is held until a tile is asked for, or for 10 s: a fixed delay
    // (800 ms) was shorter than the page's own start on a slow machine, and the story then came before the page could
    // have drawn its loading layout at all. A page that fetched no tiles ahead asks for none in those 10 s.
    await page.route('**/story.json', async (route) => {
      await Promise.race([firstTileAsked, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await route.continue();
    });
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('/story.json')) storyArrivedAt = Math.min(storyArrivedAt, Date.now());
    });
    await page.goto('./');
    const shown = page.locator('#citemap-map img.leaflet-tile-loaded');
    await expect(shown.first()).toBeVisible();
    await page.waitForTimeout(500);

    const shownUrls = await shown.evaluateAll((tiles) => tiles.map((tile) => (tile as HTMLImageElement).src));
    const askedBeforeStory = tileAsked.filter((ask) => ask.at < storyArrivedAt).map((ask) => ask.url);
    expect(shownUrls.length).toBeGreaterThan(0);
    expect(askedBeforeStory.length).toBeGreaterThan(0);
    for (const url of shownUrls) expect(askedBeforeStory, url).toContain(url);
    // Each tile once: the map found the early ones in the browser's memory, and no tile was fetched for nothing.
    expect(new Set(tileAsked.map((ask) => ask.url)).size).toBe(tileAsked.length);
    expect([...new Set(tileAsked.map((ask) => ask.url))].sort()).toEqual([...new Set(shownUrls)].sort());
    // The map is drawn on tiles: the offline basemap is not fetched.
    expect(basemapAsked).toBe(false);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });
});
