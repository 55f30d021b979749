import type { Page } from '@playwright/test';
import { generateStory } from '../../bench/generateStory.ts';
import { WORKER_FROM_CHARS } from '../../src/data/load/readStoryTextOffMainThread.ts';
import { orderIncidents } from '../../src/data/time/orderIncidents.ts';
import { appErrors, incidentList, openedPopup, searchParam, settledSearchParam, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// A dataset rather than one article: thousands of incidents (the bench's seeded generator), drawn as clusters, listed
// a page at a time, and shown on the timeline as bars.

const COUNT = 3000;
const large = generateStory(story, COUNT);
const body = JSON.stringify(large);
const { dated } = orderIncidents(large.incidents.features);
/** Far down the list (beyond its first page) and with a place on the map. */
const deep = [...dated].reverse().find((incident) => incident.geometry !== null);
if (deep === undefined) throw new Error('the generated story has placed incidents');

async function openLargeStory(page: Page, search = '') {
  const network = await isolateNetwork(page, 'served');
  await page.route('**/data/iran-pakistan-2024/story.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(`./${search}`);
  await expect(page.locator('.incident-cluster').first()).toBeVisible();
  return network;
}

function zoomOf(page: Page): number {
  return Number(searchParam(page, 'map')?.split('/')[0] ?? NaN);
}

test.describe('a story of thousands of incidents', () => {
  test('is drawn as numbered clusters, far fewer markers than incidents', async ({ page }) => {
    const network = await openLargeStory(page);
    const icons = await page.locator('.leaflet-marker-icon').count();
    expect(icons).toBeLessThan(COUNT / 5);
    const counts = await page.locator('.incident-cluster').allTextContents();
    expect(counts.some((count) => Number(count.replace(/,/g, '')) > 50)).toBe(true);
    await expect(page.locator('.incident-cluster').first()).toHaveAttribute('title', /incidents close together/);
    // Each count sits in the middle of its disc.
    const offCentre = await page.locator('.incident-cluster').evaluateAll((discs) =>
      discs.map((disc) => {
        const outer = disc.getBoundingClientRect();
        const count = disc.querySelector('.incident-cluster__count')?.getBoundingClientRect();
        if (count === undefined) return Infinity;
        const dx = count.left + count.width / 2 - (outer.left + outer.width / 2);
        const dy = count.top + count.height / 2 - (outer.top + outer.height / 2);
        return Math.hypot(dx, dy);
      }),
    );
    expect(Math.max(...offCentre)).toBeLessThan(2);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('a cluster zooms in when pressed, by mouse or keyboard, until single incidents open their popups', async ({
    page,
  }) => {
    const network = await openLargeStory(page);
    // A nudge with the arrow keys puts the map's view, and so its zoom, in the link.
    await page.locator('.story-map .leaflet-container').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => settledSearchParam(page, 'map')).not.toBeNull();
    const before = zoomOf(page);
    expect(before).toBeGreaterThan(0);
    await page.locator('.incident-cluster').first().focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => Number((await settledSearchParam(page, 'map'))?.split('/')[0]))
      .toBeGreaterThan(before);
    const lone = page.locator('.leaflet-marker-icon.incident-icon');
    for (let attempt = 0; attempt < 12 && (await lone.count()) === 0; attempt += 1) {
      await page.locator('.incident-cluster').first().click();
      await settledSearchParam(page, 'map');
    }
    const title = (await lone.first().getAttribute('title')) ?? '';
    const marker = lone.and(page.getByTitle(title, { exact: true }));
    const incidentTitle = title.replace(/ \(.*\)$/, '');
    const popup = page.locator('.leaflet-popup').filter({ has: page.getByRole('heading', { name: incidentTitle }) });
    // One click, even one that lands as the cluster layer redraws at the end of a zoom: a marker drawn again under it
    // keeps the selection (it once dropped it, and the popup closed).
    await marker.click();
    await expect(popup).toHaveCSS('opacity', '1');
    await openedPopup(page, incidentTitle);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('the list shows a page at a time and says how many there are', async ({ page }) => {
    await openLargeStory(page);
    const list = incidentList(page);
    await expect(list).toContainText(`Showing the first 200 of ${dated.length.toLocaleString('en')} incidents`);
    await expect(list.locator('.incident-row')).toHaveCount(200);
    await list.getByRole('button', { name: 'Show 200 more' }).click();
    await expect(list.locator('.incident-row')).toHaveCount(400);
  });

  test('an incident linked from far down the list opens on the map and has its own row', async ({ page }) => {
    const network = await openLargeStory(page, `?incident=${deep.id}`);
    await openedPopup(page, deep.properties.title);
    const list = incidentList(page);
    await expect(list.getByRole('button', { name: deep.properties.title })).toHaveAttribute('aria-current', 'true');
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('the timeline draws how many happened when, and says it in words', async ({ page }) => {
    await openLargeStory(page);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.locator('.timeline-density__bin')).not.toHaveCount(0);
    await expect(timeline).toContainText(`${dated.length.toLocaleString('en')} dated incidents over`);
    await expect(timeline.locator('.timeline-mark')).toHaveCount(0);
  });

  test('as the build’s own story, says how far its reading has come while the worker checks it', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { readingNotices: string[] }).readingNotices = seen;
      new MutationObserver(() => {
        const said = document.querySelector('.loading-notice p:not([role])')?.textContent ?? '';
        if (said !== '' && !seen.includes(said)) seen.push(said);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    // Held back a second and a half, as a slow laptop's reading would take: the page renders its loading layout
    // meanwhile, and must show the progress its entry heard before that layout existed.
    await page.route(/storyReaderWorker/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    const network = await openLargeStory(page);
    expect(await page.evaluate(() => (window as unknown as { readingNotices: string[] }).readingNotices)).toEqual([
      expect.stringMatching(/^Reading and checking the story \([\d.]+ MB\)…$/),
    ]);
    await expect(page.locator('.loading-notice')).toHaveCount(0);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('opened from a file, is read in a worker, off the page’s main thread, and opens as it would in the page', async ({
    page,
  }) => {
    expect(body.length, 'the generated story is large enough for the worker').toBeGreaterThan(WORKER_FROM_CHARS);
    const network = await isolateNetwork(page, 'served');
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { openingNotices: string[] }).openingNotices = seen;
      new MutationObserver(() => {
        const notice = document.querySelector('.loading-notice--file');
        const said = notice?.querySelector('p')?.textContent ?? '';
        if (notice?.querySelector('progress') && said !== '' && !seen.includes(said)) seen.push(said);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('./');
    await expect(page.locator('.incident-icon').first()).toBeVisible();
    // A slow school laptop reads for seconds; here the worker's code is held back a second and a half instead, so
    // that the wait the notice is for happens every time.
    await page.route(/storyReaderWorker/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    const workerStarted = page.waitForEvent('worker');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a story file…' }).click();
    await (await chooser).setFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    const opening = page.locator('.loading-notice--file');
    const worker = await workerStarted;
    expect(worker.url()).toMatch(/storyReaderWorker/);
    await expect(page.locator('.incident-cluster').first()).toBeVisible();
    // While it read, the page said which file it was opening, with a bar that moves (reading gives no measure). The
    // notice may come and go between two looks of the test, so the page records what it showed.
    expect(await page.evaluate(() => (window as unknown as { openingNotices: string[] }).openingNotices)).toEqual([
      expect.stringMatching(/^Opening large\.json \([\d.]+ MB\)…$/),
    ]);
    await expect(opening).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(large.title);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });

  test('as a build’s story of many megabytes, is read by a worker sent its bytes as they came: a problem is found and told', async ({
    page,
  }) => {
    // Large enough that its bytes prove it needs the worker (three bytes a character at most) before it has all come.
    const broken = structuredClone(generateStory(story, 8_000));
    const claim = broken.incidents.features[4_321]?.properties.claims[0];
    if (claim?.citation.type !== 'article') throw new Error('the generated incident cites no article words');
    claim.citation.quote.exact = 'words the article never printed';
    const brokenBody = JSON.stringify(broken);
    expect(new TextEncoder().encode(brokenBody).length).toBeGreaterThan(3 * WORKER_FROM_CHARS + 3);
    const network = await isolateNetwork(page, 'served');
    await page.route('**/data/iran-pakistan-2024/story.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: brokenBody }),
    );
    const workerStarted = page.waitForEvent('worker');
    await page.goto('./');
    expect((await workerStarted).url()).toMatch(/storyReaderWorker/);
    const alert = page.getByRole('alert').filter({ hasText: 'The story could not be loaded' });
    await expect(alert).toContainText('words the article never printed');
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(0);
    expect(appErrors(network.consoleErrors)).toEqual([]);
  });
});
