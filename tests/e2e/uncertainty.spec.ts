import type { Locator, Page } from '@playwright/test';
import { incidentById, incidentList, markerFor, openedPopup, openMapTools, showPrinted, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// How the map shows what it does not know: an approximate place never looks like an exact one, in the map, the
// legend, the list and the printed handout, and its popup says first what the marker stands on.

const PANJGUR = incidentById('strike-panjgur-2024-01-16').properties;
const SARAVAN = incidentById('strike-saravan-2024-01-18').properties;
const ERBIL = incidentById('strike-erbil-2024-01-15').properties;

/** How the symbol's shape is painted: fill, edge colour and dash pattern, as the browser computed them. */
async function paintOf(symbol: Locator) {
  return symbol.locator('.incident-icon__shape').evaluate((shape) => {
    const style = getComputedStyle(shape);
    return { fill: style.fill, stroke: style.stroke, dash: style.strokeDasharray };
  });
}

async function openMap(page: Page, query = '') {
  await isolateNetwork(page, 'down');
  await page.goto(`./?basemap=offline${query}`);
  await expect(page.locator('.incident-icon').first()).toBeVisible();
}

test.describe('approximate places', () => {
  test('are drawn hollow with a dashed edge on the map, exact sites filled', async ({ page }) => {
    await openMap(page);
    const hollow = await paintOf(markerFor(page, `${PANJGUR.title} (strike, Iran, approximate place)`));
    expect(hollow.fill).toBe('rgb(255, 255, 255)');
    expect(hollow.dash).not.toBe('none');
    const filled = await paintOf(markerFor(page, `${ERBIL.title} (strike, Iran)`));
    expect(filled.fill).not.toBe('rgb(255, 255, 255)');
    expect(filled.dash).toBe('none');
    // The party's colour stays on the hollow mark, as its edge.
    expect(hollow.stroke).toBe(filled.fill);
  });

  test('are explained in the legend with the very symbols the map draws', async ({ page }) => {
    await openMap(page);
    await openMapTools(page);
    const legend = page.getByRole('region', { name: 'Legend' });
    const approximate = legend.locator('[data-legend="approximate"]');
    await expect(approximate).toContainText('Hollow, dashed edge: an approximate place');
    expect((await paintOf(approximate.locator('svg'))).dash).not.toBe('none');
    expect((await paintOf(legend.locator('[data-legend="exact"] svg'))).dash).toBe('none');
    // The band's own note, as the data build writes it.
    await expect(legend).toContainText("A visual aid chosen by the map's authors");
    await expect(legend).toContainText('it is not a legal or military zone');
  });

  test('say so in the incident list, with the hollow symbol', async ({ page }) => {
    await openMap(page);
    const row = incidentList(page).getByRole('button', { name: PANJGUR.title });
    await expect(row).toContainText('approximate place');
    expect((await paintOf(row.locator('svg'))).fill).toBe('rgb(255, 255, 255)');
    await expect(incidentList(page).getByRole('button', { name: ERBIL.title })).not.toContainText('approximate');
  });

  test('open a popup that says first what the marker stands on, and gives the reported distance', async ({ page }) => {
    await openMap(page, `&incident=${SARAVAN.id}`);
    const popup = await openedPopup(page, SARAVAN.title);
    await expect(popup.locator('.incident-popup__point')).toHaveText(
      'Marker on Saravan city; the strike was in a border village of Saravan County whose exact site is not known.',
    );
    await expect(popup).toContainText('Saravan city is about 42 km from the Iran–Pakistan border');
    await expect(popup).toContainText("Iran's Interior Minister Ahmad Vahidi, via Xinhua: 3–4 km from the border");
    await expect(popup).not.toContainText('within about');
    await expect(popup).toContainText('Iranian officials revised their count over time: 7 → 9 → 10.');
  });

  test('are marked in the printed handout, which explains the marks and the drawing aids', async ({ page }) => {
    await openMap(page);
    await showPrinted(page, 'handout-full');
    const key = page.getByRole('region', { name: 'How to read the map' });
    await expect(key).toBeVisible();
    await expect(key).toContainText('A hollow mark with a dashed edge is an approximate place');
    await expect(key).toContainText('not a legal or military zone');
    await expect(key).toContainText("Natural Earth's de facto lines");
    const table = page.getByRole('table', { name: 'Incidents, and who says what about them' });
    const panjgurRow = table.locator('tbody tr').filter({ hasText: PANJGUR.title });
    await expect(panjgurRow).toContainText('Marker on Panjgur town; the strike was in a village');
    expect((await paintOf(panjgurRow.locator('svg.incident-symbol'))).fill).toBe('rgb(255, 255, 255)');
    const erbilRow = table.locator('tbody tr').filter({ hasText: ERBIL.title });
    expect((await paintOf(erbilRow.locator('svg.incident-symbol'))).dash).toBe('none');
  });

  test('are marked in the handout students get first, the one-line summary, and in the credits under the map', async ({
    page,
  }) => {
    await openMap(page);
    await expect(page.locator('.credits')).toContainText("Natural Earth's de facto lines");
    await showPrinted(page, 'handout');
    const summary = page.locator('.handout-summary');
    await expect(summary).toBeVisible();
    const panjgur = summary.locator('.handout-summary__item').filter({ hasText: PANJGUR.title });
    expect((await paintOf(panjgur.locator('svg.incident-symbol'))).fill).toBe('rgb(255, 255, 255)');
    const erbil = summary.locator('.handout-summary__item').filter({ hasText: ERBIL.title });
    expect((await paintOf(erbil.locator('svg.incident-symbol'))).dash).toBe('none');
  });

  test('the border band’s own popup says it is a drawing aid', async ({ page }) => {
    // A point of the band away from any marker: a vertex of the border line near 26.5° N, moved 0.2° (about 20 km)
    // west, into Iran and within the 50 km band.
    const border = story.regions.features.find((region) => region.properties.kind === 'border');
    const line = border?.geometry.type === 'LineString' ? border.geometry.coordinates : [];
    const vertex = line.reduce((best, point) =>
      Math.abs((point[1] ?? 0) - 26.5) < Math.abs((best[1] ?? 0) - 26.5) ? point : best,
    );
    const [longitude = 0, latitude = 0] = vertex;
    await openMap(page, `&map=8/${latitude.toFixed(3)}/${(longitude - 0.2).toFixed(3)}`);
    await expect(page.locator('path.region--border-band')).toBeVisible();
    const box = await page.locator('.story-map').boundingBox();
    if (box === null) throw new Error('the map has no size');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('.leaflet-popup .region-popup')).toContainText(
      "A visual aid chosen by the map's authors",
    );
  });
});
