import { englishI18n } from '../../src/i18n/i18n.ts';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { formatIncidentTime } from '../../src/data/time/formatIncidentTime.ts';
import { StorySchema, type Story } from '../../src/model/story.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// The real story file the app serves: the journeys below must hold for the data as built, not a fixture.
const story: Story = StorySchema.parse(
  JSON.parse(readFileSync(new URL('../../public/data/iran-pakistan-2024/story.json', import.meta.url), 'utf8')),
);
const strikes = story.incidents.features.filter(
  (incident) => incident.properties.kind === 'strike' && incident.geometry !== null,
);

function markerFor(page: Page, title: string): Locator {
  return page
    .locator('.leaflet-marker-icon')
    .filter({ has: page.locator('svg') })
    .and(page.getByTitle(title));
}

async function openPopup(page: Page, marker: Locator): Promise<Locator> {
  await marker.click();
  const popup = page.locator('.leaflet-popup');
  // Leaflet fades popups in: wait until the fade has finished before reading or photographing one.
  await expect(popup).toHaveCSS('opacity', '1');
  return popup;
}

test.describe('the first map', () => {
  test('shows the border, provinces, band and every strike, each popup citing the article', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');

    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
    await expect(page.locator('path.region--border')).toHaveCount(1);
    await expect(page.locator('path.region--province')).toHaveCount(2);
    await expect(page.locator('path.region--border-band')).toHaveCount(1);
    await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');

    expect(strikes.length).toBeGreaterThan(0);
    for (const [index, strike] of strikes.entries()) {
      const { title, when } = strike.properties;
      if (when === null) throw new Error(`${strike.id}: a strike has a date`);
      // Each from the story's opening view: a popup's pan into view can leave the next marker at the map's edge, under
      // the attribution, where a reader would pan before clicking it.
      if (index > 0) await page.goto('./');
      const marker = markerFor(page, title);
      await expect(marker).toBeVisible();
      const popup = await openPopup(page, marker);
      await expect(popup.getByRole('heading', { name: title })).toBeVisible();
      await expect(popup).toContainText(formatIncidentTime(when, englishI18n));
      await expect(popup.locator('.citation--article .citation__quote').first()).toContainText(/^“.+”$/);
      await expect(popup.locator('.citation__paragraph').first()).toHaveText(/^¶\d+$/);
      await popup.getByRole('button', { name: 'Close popup' }).click();
      await expect(popup).toHaveCount(0);
    }

    const iconWidths = await page
      .locator('img.leaflet-marker-icon')
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
    expect(iconWidths.every((width) => width > 0)).toBe(true);
    expect(network.tileRequests.length).toBeGreaterThan(0);
    expect(network.abortedRequests).toEqual([]);
    expect(network.consoleErrors).toEqual([]);
  });

  test('opens on the story itself: the build’s own story is read before the first render, with no loading layout', async ({
    page,
  }) => {
    const network = await isolateNetwork(page, 'served');
    await page.addInitScript(() => {
      const seen = { loadingLayout: false };
      (window as unknown as { opening: typeof seen }).opening = seen;
      new MutationObserver(() => {
        if (document.querySelector('.story-map--loading') !== null) seen.loadingLayout = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('./');
    await expect(markerFor(page, strikes[0]?.properties.title ?? '')).toBeVisible();
    const { loadingLayout } = await page.evaluate(
      () => (window as unknown as { opening: { loadingLayout: boolean } }).opening,
    );
    expect(loadingLayout, 'the page rendered its loading layout before the story').toBe(false);
    expect(network.consoleErrors).toEqual([]);
  });

  test('opens a marker popup from the keyboard', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./');
    const [first] = strikes;
    if (first === undefined) throw new Error('the story has no strike with a place');
    const marker = markerFor(page, first.properties.title);
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toHaveCSS('opacity', '1');
    await expect(popup.getByRole('heading', { name: first.properties.title })).toBeVisible();
  });

  test('falls back to the built-in offline map when no tile server answers', async ({ page }) => {
    const network = await isolateNetwork(page, 'down');
    await page.goto('./');

    await expect(page.getByRole('status')).toHaveText(
      'Map tiles could not be loaded; showing the built-in offline map.',
    );
    expect(await page.locator('path.offline-country').count()).toBeGreaterThan(10);
    await expect(page.locator('.map-label--country').getByText('Iran', { exact: true })).toBeVisible();
    await expect(page.locator('.map-label--country').getByText('Pakistan', { exact: true })).toBeVisible();
    await expect(page.locator('img.leaflet-tile')).toHaveCount(0);
    for (const strike of strikes) await expect(markerFor(page, strike.properties.title)).toBeVisible();

    expect(network.abortedRequests).toEqual([]);
    // Refused tiles are logged by the browser itself; anything else would be the app's own error.
    expect(network.consoleErrors.filter((message) => !message.startsWith('Failed to load resource'))).toEqual([]);
  });
});
