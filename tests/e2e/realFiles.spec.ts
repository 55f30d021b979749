import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { readRealFilesManifest, type RealFileCounts, type RealFileEntry } from '../fixtures/realFilesManifest.ts';
import { appErrors, incidentList, openMapTools } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// Real files that other tools and people made (tests/fixtures/real-files, each with its source and licence in
// PROVENANCE.md), opened as a reader would: by a link's ?story= to another site, and from the file chooser. The two
// must show the same thing: one reading path. Every file of the manifest goes through that path in
// tests/data/realFileStories.test.ts; here a sample of each format and kind of trouble, in Chromium.

const MANIFEST = readRealFilesManifest();

function realFile(path: string): Buffer {
  return readFileSync(new URL(`../fixtures/real-files/${path}`, import.meta.url));
}

function expected(path: string): RealFileEntry['expect'] {
  const entry = MANIFEST.find((candidate) => candidate.file === path);
  if (entry === undefined) throw new Error(`${path} is not in the manifest`);
  return entry.expect;
}

/** Files that open: one or more of each format and of each thing a file may hold. */
const OPENED = [
  'geojsonhint/good/good-featurecollection.geojson', // RFC 7946's example: a point, a line, a polygon
  'geojsonhint/good/good-feature.geojson', // a single Feature
  'umap/test_upload_data.umap', // a whole uMap map
  'umap/test_upload_data.json', // a uMap layer export
  'gdal/incident-places-epsg3857.geojson', // Web Mercator, reprojected; features with no geometry
  'gdal/incident-places-multipoint.geojson', // MultiPoint, one point per part
  'gdal/ne-provinces-mixed.geojson', // points, lines and polygons from QGIS/GDAL
  'gdal/incident-places.geojsons', // GeoJSON lines
  'usgs/eq_data_1_day_m1.trimmed.geojson', // a public feed
  'ucdp/GEDEvent_v23_1-CAF.ged-columns.csv', // UCDP GED rows
  'constructed/acled-layout-from-citemap-incidents.csv', // ACLED's columns
  'tokml/featurecollection.kml', // KML
  'togeojson/wpt.gpx', // GPX waypoints
  'gdal-autotest/sparse_fields.geojson', // nothing but features with no location
  'constructed/feature-property-1e309.geojson', // a property too large for a number
];

/** Files that are refused, and the words that must say why (not a validator's raw text). */
const REFUSED: Record<string, RegExp> = {
  'gdal/ne-provinces-utm41n.geojson': /EPSG:32641|UTM/,
  'gdal/ne-province-points-infinity.geojson': /Infinity/,
  'geojsonhint/bad/stringcoord.geojson': /features\[0\]/,
  'togeojson/1936.kml': /NetworkLink|link/i,
  'constructed/feature-coordinate-1e309.geojson': /too large|1e309|finite/i,
};

const OTHER_SITE = 'https://data.example.org/shared/';
/** Waiting for a file to be read: the readers' code is fetched first, and CI shares two cores with everything else. */
const READ_TIMEOUT_MS = 15_000;

function mediaTypeOf(path: string): string {
  if (path.endsWith('.csv')) return 'text/csv';
  if (path.endsWith('.kml')) return 'application/vnd.google-earth.kml+xml';
  if (path.endsWith('.gpx')) return 'application/gpx+xml';
  if (path.endsWith('.geojsons')) return 'application/geo+json-seq';
  return 'application/geo+json';
}

/** Another site that shares its files (CORS), as a teacher's or a data portal's would; after isolateNetwork. */
async function serveFromOtherSite(page: Page, path: string, body: Buffer): Promise<string> {
  const name = path.split('/').pop() ?? path;
  await page.route(`${OTHER_SITE}${name}`, (route: Route) =>
    route.fulfill({
      status: 200,
      contentType: mediaTypeOf(path),
      headers: { 'access-control-allow-origin': '*' },
      body,
    }),
  );
  return `${OTHER_SITE}${name}`;
}

/** The app's own story first, then the real file from the chooser. */
async function chooseFileAfterLoad(page: Page, path: string): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iran and Pakistan trade strikes, January 2024');
  await chooseFile(page, path, realFile(path));
}

async function chooseFile(page: Page, path: string, body: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a story file…' }).click();
  await (await chooser).setFiles({ name: path.split('/').pop() ?? path, mimeType: mediaTypeOf(path), buffer: body });
}

/** What the map and the list show of an opened file's points and features with no place. */
async function shownIncidents(page: Page): Promise<Pick<RealFileCounts, 'points' | 'noGeometry'>> {
  const rows = incidentList(page).locator('.incident-row');
  return {
    points: await page.locator('.leaflet-marker-pane .incident-icon').count(),
    noGeometry: await rows.filter({ hasText: 'not on the map' }).count(),
  };
}

/** Lines and polygons are told apart by their fill: Citemap draws a line unfilled. */
async function drawnShapes(page: Page): Promise<{ lines: number; polygons: number }> {
  return page.evaluate(() => {
    const paths = [...document.querySelectorAll('path.region--drawn')];
    const lines = paths.filter((path) => path.getAttribute('fill') === 'none').length;
    return { lines, polygons: paths.length - lines };
  });
}

async function expectOpened(page: Page, counts: RealFileCounts): Promise<void> {
  await expect(incidentList(page).locator('.incident-row')).toHaveCount(counts.points + counts.noGeometry);
  expect(await shownIncidents(page)).toEqual({ points: counts.points, noGeometry: counts.noGeometry });
  expect(await drawnShapes(page)).toEqual({ lines: counts.lines, polygons: counts.polygons });
}

test.describe('real files, by link and by file', () => {
  for (const path of OPENED) {
    test(`opens ${path} the same way both ways`, async ({ page }) => {
      const counts = expected(path);
      if ('refused' in counts) throw new Error(`${path} is expected to be refused`);
      const network = await isolateNetwork(page, 'down');
      const body = realFile(path);
      const address = await serveFromOtherSite(page, path, body);

      await page.goto(`./?story=${encodeURIComponent(address)}`);
      // The readers of files are fetched on demand, then the file is read: on a busy machine that takes its time.
      await expect(page.locator('.story-origin')).toContainText(`Opened from another site, ${address}`, {
        timeout: READ_TIMEOUT_MS,
      });
      await expectOpened(page, counts);

      await chooseFile(page, path, body);
      await expect(page.locator('.story-origin')).toContainText(`Opened from the file ${path.split('/').pop()}`, {
        timeout: READ_TIMEOUT_MS,
      });
      await expectOpened(page, counts);
      expect(appErrors(network.consoleErrors)).toEqual([]);
    });
  }

  for (const [path, why] of Object.entries(REFUSED)) {
    test(`refuses ${path} with the same words both ways`, async ({ page }) => {
      await isolateNetwork(page, 'down');
      const body = realFile(path);
      const name = path.split('/').pop() ?? path;
      const address = await serveFromOtherSite(page, path, body);

      await page.goto(`./?story=${encodeURIComponent(address)}`);
      const linkAlert = page.getByRole('alert');
      await expect(linkAlert).toContainText('The story could not be loaded', { timeout: READ_TIMEOUT_MS });
      await expect(linkAlert).toContainText(why);
      await expect(linkAlert).not.toContainText(/Invalid input|expected \d/);
      const linkMessages = (await linkAlert.locator('li').allTextContents()).map((line) =>
        line.replace(address, '(where)'),
      );

      await linkAlert.getByRole('button', { name: 'Open the default story instead' }).click();
      await chooseFile(page, path, body);
      const fileAlert = page.getByRole('alert');
      await expect(fileAlert.getByRole('heading')).toHaveText(`${name} could not be opened`, {
        timeout: READ_TIMEOUT_MS,
      });
      const fileMessages = (await fileAlert.locator('li').allTextContents()).map((line) =>
        line.replace(name, '(where)'),
      );
      expect(fileMessages).toEqual(linkMessages);
    });
  }
});

test.describe('lines and areas a file drew', () => {
  test('are a layer of their own, in the legend, with what the file says of each in its popup', async ({ page }) => {
    const network = await isolateNetwork(page, 'down');
    const path = 'gdal/ne-provinces-mixed.geojson';
    await chooseFileAfterLoad(page, path);
    await expect(page.locator('path.region--drawn')).toHaveCount(4);
    await openMapTools(page);
    const layer = page.getByRole('checkbox', { name: 'Lines and areas drawn in the file (4)', exact: true });
    await layer.uncheck();
    await expect(page.locator('path.region--drawn')).toHaveCount(0);
    await layer.check();
    await expect(page.locator('path.region--drawn')).toHaveCount(4);
    await expect(page.locator('.legend')).toContainText('lines and areas as the opened file draws them');
    // No layer of the built story's own regions is offered for a file that has none.
    await expect(page.getByRole('checkbox', { name: /border/i })).toHaveCount(0);
    await page.getByRole('button', { name: 'Layers & legend' }).click();

    // A point of the area that nothing else (a marker, a line) covers: found by asking the page what is on top.
    const spot = await page.evaluate(() => {
      const area = document.querySelector('path.region--drawn:not([fill="none"])');
      if (area === null) return null;
      const box = area.getBoundingClientRect();
      for (let y = 0.1; y < 1; y += 0.1) {
        for (let x = 0.1; x < 1; x += 0.1) {
          const [left, top] = [box.left + box.width * x, box.top + box.height * y];
          if (document.elementFromPoint(left, top) === area) return { x: left, y: top };
        }
      }
      return null;
    });
    if (spot === null) throw new Error('no uncovered point of the area is on screen');
    await page.mouse.click(spot.x, spot.y);
    const popup = page.locator('.leaflet-popup');
    await expect(popup.getByRole('heading', { level: 3, name: 'In the file' })).toBeVisible();
    await expect(popup.locator('.file-properties dt').first()).toBeVisible();
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });
});

test.describe('a story from another site', () => {
  const POINTS = JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [10, 20] }, properties: { name: 'Here' } }],
  });

  test('shows where it came from, a look-alike host in punycode, and prints it with the handout', async ({ page }) => {
    await isolateNetwork(page, 'down');
    // A Cyrillic "е" in place of the Latin "e": the page must not show it as "evil.example".
    const lookAlike = 'https://\u0435vil.example/story.geojson';
    await page.route('https://xn--vil-qdd.example/story.geojson', (route) =>
      route.fulfill({ status: 200, headers: { 'access-control-allow-origin': '*' }, body: POINTS }),
    );
    await page.goto(`./?story=${encodeURIComponent(lookAlike)}`);
    const origin = page.locator('.story-origin');
    await expect(origin).toContainText('Opened from another site, https://xn--vil-qdd.example/story.geojson');
    await expect(origin).toContainText('not a story published by 127.0.0.1');
    await page.emulateMedia({ media: 'print' });
    await expect(origin).toBeVisible();
  });

  test('after a redirect, names the address the file came from', async ({ page, baseURL }) => {
    await isolateNetwork(page, 'down');
    const final = new URL('examples/minimal-points.geojson', baseURL).href;
    await page.route('**/shared/moved.geojson', (route) =>
      route.fulfill({ status: 302, headers: { location: final } }),
    );
    await page.goto('./?story=shared/moved.geojson');
    await expect(page.locator('.story-origin')).toContainText(`Opened from ${final}`);
  });

  // Chromium does not apply CORS to an answer a test fulfils itself, so the refusal comes from a real server: after a
  // redirect from another site, the request's origin is "null", and the app's own preview server, which sends no
  // Access-Control-Allow-Origin, is then another site that does not share its files.
  test('that does not share its files says so (CORS), not "check the network"', async ({ page, baseURL }) => {
    await isolateNetwork(page, 'down');
    const unshared = new URL('examples/minimal-points.geojson', baseURL).href;
    await page.route(`${OTHER_SITE}private.geojson`, (route) =>
      route.fulfill({ status: 302, headers: { location: unshared, 'access-control-allow-origin': '*' } }),
    );
    await page.goto(`./?story=${encodeURIComponent(`${OTHER_SITE}private.geojson`)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('does not allow other sites to read this file (CORS');
    await expect(alert).not.toContainText('check the network connection');
  });

  test('that never answers can be given up on, and the default story opens', async ({ page }) => {
    await isolateNetwork(page, 'down');
    await page.route(`${OTHER_SITE}slow.geojson`, () => {
      // Never answered: the server hangs.
    });
    await page.goto(`./?story=${encodeURIComponent(`${OTHER_SITE}slow.geojson`)}`);
    await expect(page.getByRole('status').filter({ hasText: 'Loading the story from' })).toContainText(
      `${OTHER_SITE}slow.geojson`,
    );
    await page.getByRole('button', { name: 'Cancel and open the default story' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iran and Pakistan trade strikes, January 2024');
  });

  test('is the only story downloaded: the build’s own is not fetched as well', async ({ page }) => {
    await isolateNetwork(page, 'down');
    const address = await serveFromOtherSite(
      page,
      'umap/test_upload_data.json',
      realFile('umap/test_upload_data.json'),
    );
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`./?story=${encodeURIComponent(address)}`);
    await expect(page.locator('.story-origin')).toBeVisible();
    expect(requested.filter((url) => url.endsWith('/story.json'))).toEqual([]);
  });

  test('the build’s own story, when no link names another, is fetched once: the head’s preload is the app’s fetch', async ({
    page,
  }) => {
    const network = await isolateNetwork(page, 'down');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iran and Pakistan trade strikes, January 2024');
    expect(requested.filter((url) => url.endsWith('/story.json'))).toHaveLength(1);
    // The preload is the page's one inline script, allowed by its hash: no Content-Security-Policy error.
    expect(appErrors(network.consoleErrors)).toEqual([]);
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map((link) => link.getAttribute('href')),
    );
    expect(preloads).toEqual([expect.stringMatching(/\/data\/iran-pakistan-2024\/story\.json$/)]);
  });
});
