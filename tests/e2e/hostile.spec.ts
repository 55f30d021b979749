import type { Page } from '@playwright/test';
import { appErrors } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';
import { countPolicyViolations, pageFitsWidth, serveStoryInstead } from './storyRoutes.ts';

// A valid story whose every text is an attack or an oddity (markup, script URLs, bidi overrides, endless words): the
// app must show it all as text, run none of it, and keep its layout.

async function openHostileStory(page: Page) {
  const network = await isolateNetwork(page, 'served');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const violations = await countPolicyViolations(page);
  await serveStoryInstead(page, 'hostile-story.json');
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('story.title <script>');
  return { network, dialogs, violations };
}

async function expectNothingRan(page: Page, dialogs: readonly string[], violations: () => Promise<number>) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('svg[onload]')).toHaveCount(0);
  await expect(page.locator('[onerror], [onmouseover]')).toHaveCount(0);
  expect(
    await page
      .locator('script')
      .evaluateAll((scripts) => scripts.filter((s) => s.textContent.includes('__pwned')).length),
  ).toBe(0);
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
  expect(await violations()).toBe(0);
}

test.describe('a hostile story', () => {
  test('is shown as text in the header, popups, list and article, and runs nothing', async ({ page }) => {
    const { network, dialogs, violations } = await openHostileStory(page);

    const markers = page.locator('.leaflet-marker-icon').filter({ has: page.locator('svg') });
    await expect(markers).toHaveCount(2);
    for (const marker of await markers.all()) {
      await marker.click();
      const popup = page.locator('.leaflet-popup');
      await expect(popup).toHaveCSS('opacity', '1');
      await expect(popup.getByRole('heading', { level: 2 })).toContainText('<script>window.__pwned=1</script>');
      await popup.locator('.leaflet-popup-close-button').click();
      await expect(popup).toHaveCount(0);
      // Focus goes back to the marker, which the map may pan into sight: the next click waits for that.
      await expect(marker).toBeFocused();
    }

    const rows = page.getByRole('region', { name: 'Incidents' }).locator('.incident-row__button');
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) await row.click();

    await expect(page.getByRole('article').first()).toContainText('<img src=x onerror=');
    await expectNothingRan(page, dialogs, violations);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('keeps a right-to-left override inside the name that carries it', async ({ page }) => {
    await openHostileStory(page);
    // The reference place's title starts with U+202E; isolated, it cannot reverse the row's own words.
    const title = page.locator('.incident-row__title').filter({ hasText: 'reference.title' });
    await expect(title).toHaveCSS('unicode-bidi', 'isolate');
    await expect(page.locator('.claim__by').first()).toHaveCSS('unicode-bidi', 'isolate');
  });

  for (const size of [
    { width: 1366, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`does not push the page sideways at ${size.width} px`, async ({ page }) => {
      await page.setViewportSize(size);
      const { dialogs, violations } = await openHostileStory(page);
      expect(await pageFitsWidth(page)).toBe(true);
      await page.getByRole('region', { name: 'Incidents' }).locator('.incident-row__button').last().click();
      expect(await pageFitsWidth(page)).toBe(true);
      await expectNothingRan(page, dialogs, violations);
    });
  }
});
