import type { Page } from '@playwright/test';
import { incidentById, markerFor, openedPopup, searchParam, settledSearchParam, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

const tour = story.tour;
if (tour === null) throw new Error('the story as built has a tour');
const panjgur = incidentById('strike-panjgur-2024-01-16');

function progress(page: Page) {
  return page.getByTestId('presentation-progress');
}

function card(page: Page) {
  return page.getByRole('region', { name: /^Presentation:/ });
}

/** Every focus incident of a step that has a map point stands inside the map's visible rectangle. */
async function expectFocusInView(page: Page, focusIncidentIds: readonly string[]) {
  const map = await page.locator('.story-map__canvas').boundingBox();
  if (map === null) throw new Error('the map is not on screen');
  for (const id of focusIncidentIds) {
    const incident = incidentById(id);
    if (incident.geometry === null) continue;
    const marker = markerFor(page, incident.properties.title);
    await expect(marker).not.toHaveClass(/incident-marker--dimmed/);
    await expect(async () => {
      const box = await marker.boundingBox();
      expect(box).not.toBeNull();
      const centre = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 };
      expect(centre.x).toBeGreaterThan(map.x);
      expect(centre.x).toBeLessThan(map.x + map.width);
      expect(centre.y).toBeGreaterThan(map.y);
      expect(centre.y).toBeLessThan(map.y + map.height);
    }).toPass();
  }
}

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a whole tour by keyboard alone, and Esc brings back what the reader had', async ({ page }) => {
    // Tall enough that the restored popup fits above its marker: Leaflet would otherwise pan the map to show it.
    await page.setViewportSize({ width: 1366, height: 1000 });
    await isolateNetwork(page, 'served');
    await page.goto(`./?incident=${panjgur.id}&map=6/30/64.1`);
    await openedPopup(page, panjgur.properties.title);
    // The view the reader had is the one the map came to rest at: the popup, opening, may pan it a few pixels after
    // the linked view is set, and the app writes that into the link once the map is still.
    const mapBefore = await settledSearchParam(page, 'map');

    await page.locator('body').press('p');
    for (const [index, step] of tour.steps.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await expect(progress(page)).toHaveText(`${index + 1} / ${tour.steps.length}`);
      await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(step.title);
      expect(searchParam(page, 'step')).toBe(step.id);
      await expectFocusInView(page, step.focusIncidentIds);
    }
    // The clicker pressed once too often stays on the last step.
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText(`${tour.steps.length} / ${tour.steps.length}`);

    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await openedPopup(page, panjgur.properties.title);
    expect(searchParam(page, 'step')).toBeNull();
    expect(searchParam(page, 'incident')).toBe(panjgur.id);
    // The same view, up to the pixel Leaflet snaps the centre to when the map's box changes size on leaving.
    const [zoom, latitude, longitude] = ((await settledSearchParam(page, 'map')) ?? '').split('/').map(Number);
    const [zoomBefore, latitudeBefore, longitudeBefore] = (mapBefore ?? '').split('/').map(Number);
    expect(zoom).toBe(zoomBefore);
    expect(Math.abs((latitude ?? NaN) - (latitudeBefore ?? NaN))).toBeLessThan(0.02);
    expect(Math.abs((longitude ?? NaN) - (longitudeBefore ?? NaN))).toBeLessThan(0.02);
  });

  test('PageDown and PageUp step like a clicker; Home and End jump; Back and Forward move between steps', async ({
    page,
  }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(progress(page)).toHaveText('1 / 7');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(progress(page)).toHaveText('3 / 7');
    await page.keyboard.press('PageUp');
    await expect(progress(page)).toHaveText('2 / 7');
    await page.keyboard.press('End');
    await expect(progress(page)).toHaveText('7 / 7');
    await page.keyboard.press('Home');
    await expect(progress(page)).toHaveText('1 / 7');
    await page.keyboard.press('PageDown');
    await expect(progress(page)).toHaveText('2 / 7');
    await page.goBack();
    await expect(progress(page)).toHaveText('1 / 7');
    await page.goForward();
    await expect(progress(page)).toHaveText('2 / 7');
  });

  test('a link to a step opens presentation mode on that step, with its quotes', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./?step=panjgur');
    const step = tour.steps.find((candidate) => candidate.id === 'panjgur');
    await expect(progress(page)).toHaveText('3 / 7');
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(step?.title ?? '');
    await expect(card(page).getByText('“Islamabad claimed 2 children died” ¶5')).toBeVisible();
    await expectFocusInView(page, step?.focusIncidentIds ?? []);
    const saravan = incidentById('strike-saravan-2024-01-18');
    await expect(markerFor(page, saravan.properties.title)).toHaveClass(/incident-marker--dimmed/);
  });

  test('with reduced motion the map jumps to each step instead of flying', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await isolateNetwork(page, 'served');
    await page.goto('./');
    await page.evaluate(() => {
      const container = document.querySelector('.leaflet-container');
      const seen = { animated: false };
      Object.assign(window, { citemapMotion: seen });
      new MutationObserver(() => {
        if (container?.classList.contains('leaflet-zoom-anim')) seen.animated = true;
      }).observe(container ?? document.body, { attributes: true, attributeFilter: ['class'] });
    });
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
    await page.locator('body').press('p');

    for (let step = 2; step <= 4; step += 1) {
      await page.keyboard.press('ArrowRight');
      await expect(progress(page)).toHaveText(`${step} / 7`);
    }
    await expect(page).toHaveURL(/map=/);
    const animated = await page.evaluate(
      () => (window as unknown as { citemapMotion: { animated: boolean } }).citemapMotion.animated,
    );
    expect(animated).toBe(false);
  });

  test('the projector theme keeps text at 7:1 contrast or more', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./?step=overview');
    await expect(progress(page)).toHaveText('1 / 7');
    const ratios = await page.evaluate(() => {
      function luminance(rgb: string): number {
        const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((channel) => {
          const value = channel / 255;
          return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      }
      function ratio(a: string, b: string): number {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
        return (light + 0.05) / (dark + 0.05);
      }
      const cardElement = document.querySelector('.presentation-card');
      if (cardElement === null) return [];
      const background = getComputedStyle(cardElement).backgroundColor;
      return [
        '.presentation-card__title',
        '.presentation-card__text',
        '.presentation-card__progress',
        '.step-quotes__words',
        '.step-quotes__paragraph',
      ].map((selector) => {
        const element = cardElement.querySelector(selector);
        return { selector, ratio: element === null ? 0 : ratio(getComputedStyle(element).color, background) };
      });
    });
    expect(ratios).toHaveLength(5);
    for (const { ratio } of ratios) expect(ratio).toBeGreaterThanOrEqual(7);
  });
});
