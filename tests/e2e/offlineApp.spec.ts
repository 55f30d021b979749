import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { story } from './mapPage.ts';
import { expect, isLoopback, test } from './offlineNetwork.ts';

// The installed app: after one visit a classroom with no network at all still gets the map, the article, the
// presentation and the handout, from the service worker's cache. These journeys let the worker run (the other specs
// block it, see playwright.config.ts); nothing leaves 127.0.0.1 here either.
test.use({ serviceWorkers: 'allow' });

const placed = story.incidents.features.filter((incident) => incident.geometry !== null);
const tour = story.tour;
if (tour === null) throw new Error('the story as built has a tour');

/** Another site that serves a story with CORS, as a teacher's link might name. */
const OTHER_SITE_STORY = 'https://stories.example.org/minimal-story.json';
const MINIMAL_STORY = readFileSync(new URL('../../public/examples/minimal-story.json', import.meta.url), 'utf8');

async function keepNetworkOut(context: BrowserContext) {
  await context.route(
    (url) => !isLoopback(url) && url.href !== OTHER_SITE_STORY,
    (route) => route.abort('internetdisconnected'),
  );
}

async function visitOnceAndSaveForOffline(page: Page) {
  await page.goto('./?basemap=offline');
  await expect(page.locator('.incident-icon').first()).toBeVisible();
  await expect(page.locator('.offline-app-notice').filter({ hasText: 'Saved for offline use' })).toBeVisible({
    timeout: 30_000,
  });
}

test.describe('the app, once visited', () => {
  test('opens with no network at all: map, article, the whole tour and the handout', async ({ page, context }) => {
    await keepNetworkOut(context);
    await visitOnceAndSaveForOffline(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.leaflet-marker-icon.incident-icon')).toHaveCount(placed.length);
    await expect(page.getByRole('heading', { level: 2, name: story.article.title })).toBeVisible();

    await page.locator('body').press('p');
    const card = page.getByRole('region', { name: /^Presentation:/ });
    for (const [index, step] of tour.steps.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(step.title);
    }
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    const lines = page.getByRole('region', { name: 'What happened, one line each' }).getByRole('listitem');
    await expect(lines).toHaveCount(story.incidents.features.length);
    await expect(lines.first()).toBeVisible();
  });

  test('opens in Urdu, Persian and Hindi with no network, in their own fonts', async ({ page, context }) => {
    // The fonts were not among what the worker kept: offline, Urdu's letters came out as empty boxes wherever the
    // computer has no Nastaliq of its own.
    await keepNetworkOut(context);
    await visitOnceAndSaveForOffline(page);
    await context.setOffline(true);
    for (const [lang, family, sample] of [
      ['ur', 'Noto Nastaliq Urdu', 'اردو'],
      ['fa', 'Vazirmatn', 'فارسی'],
      ['hi', 'Noto Sans Devanagari', 'हिन्दी'],
    ] as const) {
      await page.goto(`./?lang=${lang}&basemap=offline`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.incident-icon').first()).toBeVisible();
      const loaded = await page.evaluate(
        async ([name, text]) => (await document.fonts.load(`1em "${name}"`, text)).length > 0,
        [family, sample] as const,
      );
      expect(loaded, `${family} for ${lang}`).toBe(true);
    }
  });

  test('keeps a story opened by link, so it opens again when the network is gone', async ({ page, context }) => {
    await keepNetworkOut(context);
    await context.route(OTHER_SITE_STORY, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: MINIMAL_STORY,
      }),
    );
    await visitOnceAndSaveForOffline(page);
    // Now under the worker's control, as any later visit is.
    await page.goto(`./?basemap=offline&story=${encodeURIComponent(OTHER_SITE_STORY)}`);
    const title = (JSON.parse(MINIMAL_STORY) as { title: string }).title;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    await context.unroute(OTHER_SITE_STORY);
    await context.route(OTHER_SITE_STORY, (route) => route.abort('internetdisconnected'));
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('offers a manifest with a name and icons, so Chromium can install it', async ({ page, context }) => {
    await keepNetworkOut(context);
    await page.goto('./?basemap=offline');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).not.toBeNull();
    const manifest = (await (await page.request.get(new URL(href ?? '', page.url()).href)).json()) as {
      name: string;
      short_name: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ short_name: 'Citemap', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, new URL(href ?? '', page.url())).href);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });
});
