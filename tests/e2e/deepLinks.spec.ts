import type { Page } from '@playwright/test';
import {
  appErrors,
  incidentById,
  incidentRow,
  markerFor,
  openedPopup,
  openMapTools,
  searchParam,
  story,
} from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

const panjgur = incidentById('strike-panjgur-2024-01-16');
const saravan = incidentById('strike-saravan-2024-01-18');
const erbil = incidentById('strike-erbil-2024-01-15');

/** Web Mercator pixel coordinates at a zoom level, as Leaflet computes them with 256-pixel tiles. */
function project(latitude: number, longitude: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((latitude * Math.PI) / 180);
  return {
    x: ((longitude + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function expectSelected(page: Page, title: string) {
  await openedPopup(page, title);
  await expect(incidentRow(page, title)).toHaveAttribute('aria-current', 'true');
}

test.describe('deep links', () => {
  // Tall enough that the popup fits above its marker, below the timeline's rows of 24 px targets: Leaflet would
  // otherwise pan the map to show it.
  test.use({ viewport: { width: 1366, height: 1040 } });

  test('a link restores the selection, the passage, the layers and the map view; Back and Forward follow', async ({
    page,
  }) => {
    const network = await isolateNetwork(page, 'served');
    const [longitude = NaN, latitude = NaN] = panjgur.geometry?.coordinates ?? [];
    // The map centred 3° north of the strike, so that its popup has room above it.
    const view = { zoom: 6, latitude: 30, longitude: 64.1 };
    await page.goto(
      `./?incident=${panjgur.id}&passage=p6&layers=strikes,border&map=${view.zoom}/${view.latitude}/${view.longitude}`,
    );

    await expectSelected(page, panjgur.properties.title);
    expect(searchParam(page, 'passage')).toBe('p6');

    await expect(page.locator('.incident-icon--strike')).not.toHaveCount(0);
    await expect(page.locator('.incident-icon--statement, .incident-icon--reference')).toHaveCount(0);
    await expect(page.locator('path.region--border')).toHaveCount(1);
    await expect(page.locator('path.region--province, path.region--border-band')).toHaveCount(0);
    await openMapTools(page);
    await expect(page.getByRole('checkbox', { name: 'Strikes' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Statements' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Layers & legend' }).click();

    // The strike's marker stands where the requested centre and zoom put it, to a pixel or two of rounding.
    const mapCentre = await centreOf(page, '.story-map__canvas');
    const marker = await centreOf(page, `.leaflet-marker-icon[title^="${panjgur.properties.title}"]`);
    const expected = project(latitude, longitude, view.zoom);
    const centre = project(view.latitude, view.longitude, view.zoom);
    expect(Math.abs(marker.x - mapCentre.x - (expected.x - centre.x))).toBeLessThanOrEqual(2);
    expect(Math.abs(marker.y - mapCentre.y - (expected.y - centre.y))).toBeLessThanOrEqual(2);
    expect(network.tileRequests.some((url) => /\/6\/\d+\/\d+\.png$/.test(url))).toBe(true);
    expect(searchParam(page, 'map')).toBe(`${view.zoom}/${view.latitude}/${view.longitude}`);

    await incidentRow(page, saravan.properties.title).click();
    await expectSelected(page, saravan.properties.title);
    await incidentRow(page, erbil.properties.title).click();
    await expectSelected(page, erbil.properties.title);

    await page.goBack();
    await expectSelected(page, saravan.properties.title);
    await page.goBack();
    await expectSelected(page, panjgur.properties.title);
    expect(searchParam(page, 'passage')).toBe('p6');
    await page.goForward();
    await expectSelected(page, saravan.properties.title);
    expect(searchParam(page, 'incident')).toBe(saravan.id);
    expect(network.consoleErrors).toEqual([]);
  });

  test('a garbled link still opens the map, with defaults, and says which parts were not used', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./?incident=%3Cscript%3E&map=abc&layers=zzz');

    const notice = page.getByRole('region', { name: 'About this link' });
    await expect(notice).toContainText('Parts of this link could not be used');
    await expect(notice.getByRole('listitem')).toHaveText([
      /^incident: "<script>"/,
      /^layers: unknown "zzz"/,
      /^map: "abc"/,
    ]);

    for (const incident of story.incidents.features) {
      if (incident.geometry !== null) await expect(markerFor(page, incident.properties.title)).toBeVisible();
    }
    await expect(page.locator('path.region--border')).toHaveCount(1);
    await expect(page.locator('path.region--province')).toHaveCount(2);
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    await incidentRow(page, saravan.properties.title).click();
    await expectSelected(page, saravan.properties.title);

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('a span of days past the story is not kept: the map would show nothing while the timeline showed every day', async ({
    page,
  }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./?from=2099-01-01');
    const notice = page.getByRole('region', { name: 'About this link' });
    await expect(notice.getByRole('listitem')).toHaveText([/^from: "2099-01-01" is after the story’s last day, /]);
    for (const incident of story.incidents.features) {
      if (incident.geometry !== null) await expect(markerFor(page, incident.properties.title)).toBeVisible();
    }
    // The timeline shows every day, and now means it.
    await expect(page.locator('.timeline-span select').first()).toHaveValue(
      story.incidents.features.flatMap((incident) => incident.properties.when?.date ?? []).sort()[0] ?? '',
    );
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });
});
