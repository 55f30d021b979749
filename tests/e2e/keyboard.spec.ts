import type { Locator, Page } from '@playwright/test';
import { incidentRow, markerFor, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// The journeys a keyboard user makes, with the keyboard alone: no clicks, no focus() from the test.

const strike = story.incidents.features.find(
  (incident) =>
    incident.properties.kind === 'strike' &&
    incident.geometry !== null &&
    incident.properties.claims.some((claim) => claim.citation.type === 'article'),
);
if (strike === undefined) throw new Error('the story has no placed strike that quotes the article');
const strikeTitle = strike.properties.title;

/** Presses Tab (or Shift+Tab) until the target has focus; fails if it is not reached within a page's worth of stops. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let stop = 0; stop < 120; stop += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`never reached ${target.toString()} with ${key}`);
}

/**
 * Whatever has focus shows it: an outline that is not "none" and has width, or a ring drawn over it (the map's: its
 * panes would paint over an outline of its own).
 */
async function expectFocusVisible(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const own = getComputedStyle(element);
    const over = getComputedStyle(element, '::after');
    return {
      outline: own.outlineStyle,
      outlineWidth: own.outlineWidth,
      over: over.content === 'none' ? 'none' : over.borderTopStyle,
      overWidth: over.borderTopWidth,
    };
  });
  const outlined = ring.outline !== 'none' && ring.outlineWidth !== '0px';
  const ringed = ring.over !== 'none' && ring.overWidth !== '0px';
  expect(outlined || ringed, JSON.stringify(ring)).toBe(true);
}

/** The colour drawn at one point of the page, read from a screenshot (decoded in the page, as a blob: no data URL). */
async function colourAt(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(
    async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(1, 1);
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2D canvas');
      context.drawImage(bitmap, 0, 0);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    },
    [...png],
  );
}

function popup(page: Page): Locator {
  return page.locator('.leaflet-popup').filter({ has: page.getByRole('heading', { name: strikeTitle }) });
}

test.describe('keyboard only', () => {
  test.beforeEach(async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
  });

  test('the first stops skip to the map or the article', async ({ page }) => {
    await page.keyboard.press('Tab');
    const skipToMap = page.getByRole('link', { name: 'Skip to map' });
    await expect(skipToMap).toBeFocused();
    await expect(skipToMap).toBeInViewport();
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('#citemap-map')).toBeFocused();
    await expectFocusVisible(page);

    await tabTo(page, page.getByRole('link', { name: 'Skip to article' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#citemap-article')).toBeFocused();
  });

  test('the map, once it has focus, shows its ring over its tiles and layers', async ({ page }) => {
    // Its outline lay inside its edge, where the tiles and the layers' panes were painted over it: a keyboard user
    // reached the map (whose arrow keys pan it) and saw no sign of it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const map = page.locator('#citemap-map');
    await expect(map).toBeFocused();
    const box = await map.boundingBox();
    if (box === null) throw new Error('the map has no size');
    // The focus colour (--focus: #0b57d0), one pixel inside the map's left and bottom edges, clear of its buttons.
    for (const [x, y] of [
      [box.x + 1, box.y + box.height / 2],
      [box.x + box.width / 3, box.y + box.height - 2],
    ] as const) {
      const [red = 0, green = 0, blue = 0] = await colourAt(page, x, y);
      expect(Math.abs(red - 0x0b) + Math.abs(green - 0x57) + Math.abs(blue - 0xd0), `${x}, ${y}`).toBeLessThan(30);
    }
  });

  test('marker → popup → quoted paragraph → back to the map → Escape returns to the marker', async ({ page }) => {
    const marker = markerFor(page, strikeTitle);
    await tabTo(page, marker);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect(popup(page)).toHaveCSS('opacity', '1');

    const paragraphLink = popup(page).locator('.citation__paragraph--button').first();
    await tabTo(page, paragraphLink);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    const passage = page.locator('.article-passage--highlighted');
    await expect(passage).toBeFocused();
    await expectFocusVisible(page);

    await tabTo(page, passage.getByRole('link', { name: 'Back to the map' }));
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('#citemap-map')).toBeFocused();
    await expect(popup(page)).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(popup(page)).toHaveCount(0);
    await expect(marker).toBeFocused();
  });

  test('Escape inside a popup closes it and puts focus back on its marker', async ({ page }) => {
    const marker = markerFor(page, strikeTitle);
    await tabTo(page, marker);
    await page.keyboard.press('Enter');
    await expect(popup(page)).toHaveCSS('opacity', '1');
    await tabTo(page, popup(page).getByRole('button', { name: 'Show in the article' }));
    await page.keyboard.press('Escape');
    await expect(popup(page)).toHaveCount(0);
    await expect(marker).toBeFocused();
    await expectFocusVisible(page);
  });

  test('list row → Enter opens the popup → Escape closes it, focus staying on the row', async ({ page }) => {
    const row = incidentRow(page, strikeTitle);
    await tabTo(page, row);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
    await expect(popup(page)).toBeVisible();
    await expect(row).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Escape');
    await expect(popup(page)).toHaveCount(0);
    await expect(row).toBeFocused();
  });
});
