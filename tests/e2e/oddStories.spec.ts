import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { appErrors, incidentList } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';
import { serveStoryInstead } from './storyRoutes.ts';

// Stories at the edges of what the format allows: each must open as a working map, without an error panel.

const ODD_STORIES = readdirSync(new URL('../fixtures/odd-stories/', import.meta.url)).filter((name) =>
  name.endsWith('.json'),
);

async function openOddStory(page: Page, name: string) {
  const network = await isolateNetwork(page, 'served');
  await serveStoryInstead(page, `odd-stories/${name}`);
  await page.goto('./');
  await expect(page.locator('.story-map .leaflet-container')).toBeVisible();
  return network;
}

test.describe('odd stories', () => {
  for (const name of ODD_STORIES) {
    test(`${name} opens without an error`, async ({ page }) => {
      const network = await openOddStory(page, name);
      await expect(incidentList(page)).toBeVisible();
      await expect(page.locator('.load-error, .part-failure')).toHaveCount(0);
      expect(appErrors(network.consoleErrors)).toEqual([]);
    });
  }

  test('identical points: both are reachable from the list', async ({ page }) => {
    await openOddStory(page, 'identical-points.json');
    for (const title of ['Strike first', 'Strike second']) {
      await incidentList(page).getByRole('button', { name: title }).click();
      const popup = page.locator('.leaflet-popup').filter({ has: page.getByRole('heading', { name: title }) });
      await expect(popup).toBeVisible();
    }
  });

  test('the empty story says it has no incidents', async ({ page }) => {
    await openOddStory(page, 'empty-story.json');
    await expect(incidentList(page)).toContainText('This story has no incidents yet.');
  });

  test('points on both sides of the antimeridian are drawn', async ({ page }) => {
    await openOddStory(page, 'antimeridian.json');
    const markers = page.locator('.leaflet-marker-icon').filter({ has: page.locator('svg') });
    await expect(markers).toHaveCount(2);
    for (const marker of await markers.all()) await expect(marker).toBeInViewport();
  });
});
