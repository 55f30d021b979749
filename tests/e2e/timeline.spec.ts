import type { Page } from '@playwright/test';
import { incidentById, incidentList, incidentRow, markerFor, openedPopup, searchParam } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

const erbil = incidentById('strike-erbil-2024-01-15');
const idlib = incidentById('strike-idlib-2024-01-15');
const panjgur = incidentById('strike-panjgur-2024-01-16');
const saravan = incidentById('strike-saravan-2024-01-18');
const tehran = incidentById('reference-tehran');

function timeline(page: Page) {
  return page.getByRole('region', { name: 'Timeline' });
}

function timelineMark(page: Page, title: string) {
  return timeline(page).getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')},`) });
}

test.describe('the timeline', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('a mark selects its incident and opens its popup', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./');
    await timelineMark(page, panjgur.properties.title).click();
    await openedPopup(page, panjgur.properties.title);
    expect(searchParam(page, 'incident')).toBe(panjgur.id);
    await expect(timelineMark(page, panjgur.properties.title)).toHaveAttribute('aria-pressed', 'true');
  });

  test('the span of days hides what falls outside it, on the map and in the list, and goes into the link', async ({
    page,
  }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./');
    await timeline(page).getByLabel('From').selectOption('2024-01-16');
    await timeline(page).getByLabel('to', { exact: true }).selectOption('2024-01-18');
    await expect(markerFor(page, erbil.properties.title)).toHaveCount(0);
    await expect(incidentRow(page, erbil.properties.title)).toHaveCount(0);
    await expect(markerFor(page, panjgur.properties.title)).toHaveCount(1);
    await expect(incidentRow(page, saravan.properties.title)).toHaveCount(1);
    // Reference places have no date: they stay.
    await expect(markerFor(page, tehran.properties.title)).toHaveCount(1);
    expect(searchParam(page, 'from')).toBe('2024-01-16');
    expect(searchParam(page, 'to')).toBe('2024-01-18');
    await expect(timelineMark(page, erbil.properties.title)).toBeDisabled();

    await page.reload();
    await expect(incidentRow(page, erbil.properties.title)).toHaveCount(0);
    await page.goBack();
    await expect(incidentRow(page, erbil.properties.title)).toHaveCount(0);
    await page.goBack();
    await expect(incidentRow(page, erbil.properties.title)).toHaveCount(1);
  });

  test('Play reveals the incidents one by one in the order they happened', async ({ page }) => {
    await page.clock.install();
    await isolateNetwork(page, 'served');
    await page.goto('./');
    const rows = incidentList(page).locator('ol > li');
    await expect(rows).toHaveCount(8);

    await timeline(page).getByRole('button', { name: 'Play' }).click();
    await expect(incidentRow(page, erbil.properties.title)).toHaveCount(1);
    await expect(markerFor(page, idlib.properties.title)).toHaveCount(0);
    await expect(rows).toHaveCount(1);

    await page.clock.runFor(1500);
    await expect(markerFor(page, idlib.properties.title)).toHaveCount(1);
    await expect(markerFor(page, panjgur.properties.title)).toHaveCount(0);
    await expect(rows).toHaveCount(2);

    await timeline(page).getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(5000);
    await expect(rows).toHaveCount(2);

    await timeline(page).getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(1500);
    await expect(markerFor(page, panjgur.properties.title)).toHaveCount(1);
    await expect(rows).toHaveCount(3);

    await page.clock.runFor(1500 * 8);
    await expect(rows).toHaveCount(8);
    await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
  });
});
