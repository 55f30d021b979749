import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  appErrors,
  printFromMenu,
  recordPrinting,
  searchParam,
  settledSearchParam,
  showPrinted,
  story,
} from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

const placed = story.incidents.features.filter((incident) => incident.geometry !== null);

/** A zoomed-in view of one corner of the story, so that printing has something to reset and to give back. */
const ZOOMED_IN = '7/27.0/63.5';

/** One line per incident: what a student reads first. */
function summaryLines(page: Page) {
  return page.getByRole('region', { name: 'What happened, one line each' }).getByRole('listitem');
}

function handoutRows(page: Page) {
  return page.getByRole('table', { name: 'Incidents, and who says what about them' }).locator('tbody tr');
}

/** A map view from the link ("zoom/lat/lng") as numbers: "27.0" and "27" are the same latitude. */
function mapViewIn(page: Page): number[] {
  return (searchParam(page, 'map') ?? '').split('/').map(Number);
}

/** Pages in a PDF, counted from its page objects ("/Type /Page", not the "/Type /Pages" tree above them). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

test.describe('the printed handout', () => {
  test('offers a "Print handout" button that opens the browser’s print dialog', async ({ page }) => {
    await isolateNetwork(page, 'down');
    await page.addInitScript(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.goto('./?basemap=offline');
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  });

  test('is hidden on screen and, in print, shows the whole story’s map and a table with no controls', async ({
    page,
  }) => {
    const network = await isolateNetwork(page, 'down');
    await page.goto(`./?basemap=offline&map=${ZOOMED_IN}`);
    const map = page.locator('.story-map');
    await expect(page.locator('.incident-icon').first()).toBeAttached();
    await expect(page.locator('.print-handout')).toBeHidden();
    // The link's view, as the map settled it (kept inside the offline basemap's box).
    await expect.poll(() => searchParam(page, 'map')).toMatch(/^7\//);
    await settledSearchParam(page, 'map');
    const screenView = mapViewIn(page);

    await page.emulateMedia({ media: 'print' });
    await expect(summaryLines(page)).toHaveCount(story.incidents.features.length);
    await expect(summaryLines(page).first()).toBeVisible();
    // The full record is the teacher's appendix, printed only when asked for.
    await expect(handoutRows(page).first()).toBeHidden();
    await expect(page.getByRole('heading', { name: 'The article' })).toBeVisible();
    await expect(page.locator('.handout-footer')).toContainText('Sources and licences');
    await expect(page.locator('button:visible, input:visible, select:visible, textarea:visible')).toHaveCount(0);
    await expect(page.locator('.leaflet-control-zoom')).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'The story in words' })).toBeHidden();

    // The map is reset to the story's default bounds: every placed incident is inside the printed frame.
    const frame = await map.boundingBox();
    if (frame === null) throw new Error('the map is not laid out in print');
    const markers = page.locator('.leaflet-marker-icon.incident-icon');
    await expect(markers).toHaveCount(placed.length);
    for (const marker of await markers.all()) {
      const box = await marker.boundingBox();
      expect(box).not.toBeNull();
      if (box === null) continue;
      const centreX = box.x + box.width / 2;
      const centreY = box.y + box.height / 2;
      expect(centreX).toBeGreaterThanOrEqual(frame.x);
      expect(centreX).toBeLessThanOrEqual(frame.x + frame.width);
      expect(centreY).toBeGreaterThanOrEqual(frame.y);
      expect(centreY).toBeLessThanOrEqual(frame.y + frame.height);
    }

    // Back on screen, the reader's own view returns.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-handout')).toBeHidden();
    await expect.poll(() => mapViewIn(page)).toEqual(screenView);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('"Handout with the full record" adds the whole table as an appendix, this once', async ({ page }) => {
    await isolateNetwork(page, 'down');
    await recordPrinting(page);
    await page.goto('./?basemap=offline');
    await printFromMenu(page, 'Handout with the full record', 'handout-full');

    await showPrinted(page, 'handout-full');
    await expect(summaryLines(page)).toHaveCount(story.incidents.features.length);
    await expect(handoutRows(page)).toHaveCount(story.incidents.features.length);
    await expect(handoutRows(page).first()).toBeVisible();
  });

  test('the short handout is the few pages a student reads; the full record makes it much longer', async ({
    page,
  }, testInfo) => {
    await isolateNetwork(page, 'down');
    await page.goto('./?basemap=offline');
    await expect(page.locator('.print-handout')).toBeAttached();
    const short = testInfo.outputPath('handout-short.pdf');
    await page.pdf({ path: short, format: 'A4', printBackground: true });
    await page.evaluate(() => {
      document.documentElement.dataset.print = 'handout-full';
    });
    const full = testInfo.outputPath('handout-full.pdf');
    await page.pdf({ path: full, format: 'A4', printBackground: true });
    const shortPages = pdfPageCount(readFileSync(short));
    expect(shortPages).toBeLessThanOrEqual(3);
    expect(pdfPageCount(readFileSync(full))).toBeGreaterThan(shortPages + 2);
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints to a PDF on ${format} paper`, async ({ page }, testInfo) => {
      const network = await isolateNetwork(page, 'down');
      await page.goto('./?basemap=offline');
      await expect(page.locator('.incident-icon').first()).toBeAttached();
      // The handout's code arrives just after the map, when the browser is idle: a test prints sooner than a reader.
      await expect(page.locator('.print-handout')).toBeAttached();
      const path = testInfo.outputPath(`handout-${format}.pdf`);
      await page.pdf({ path, format, printBackground: true });
      const pdf = readFileSync(path);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
      // The map and the start of the table on the first page, the rest of the table and the article after.
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
      expect(pdfPageCount(pdf)).toBeLessThanOrEqual(12);
      expect(appErrors(network.consoleErrors)).toEqual([]);
    });
  }
});
