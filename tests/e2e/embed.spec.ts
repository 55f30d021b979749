import type { FrameLocator, Page } from '@playwright/test';
import { incidentById, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// Citemap framed in a course page, as Moodle, Canvas or a blog would show it: the journeys that matter (select,
// popup, article, present) inside an <iframe>, from 320×400 up.

const erbil = incidentById('strike-erbil-2024-01-15').properties;

/** A host page of another origin in spirit (about:blank), framing the built app's embed layout. */
async function courseSnippet(page: Page, baseURL: string, query: string, size: { width: number; height: number }) {
  await isolateNetwork(page, 'down');
  const src = new URL(`./?embed&basemap=offline${query}`, baseURL).href;
  await page.setContent(
    `<main><h1>Week 3: reading sources</h1><iframe src="${src}" title="${story.title}" width="${size.width}" height="${size.height}" style="border:0"></iframe></main>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.incident-icon').first()).toBeVisible();
  return frame;
}

async function frameFitsWidth(frame: FrameLocator): Promise<boolean> {
  return frame.locator('html').evaluate((html) => html.scrollWidth <= html.clientWidth);
}

test.describe('the map framed in a course page', () => {
  test('selects, opens a popup, reads the article and presents, all inside the frame', async ({ page, baseURL }) => {
    const frame = await courseSnippet(page, baseURL ?? '', '', { width: 800, height: 520 });
    // No page header: one line with the title and a way out to the full map, in a new tab, keeping the view.
    await expect(frame.getByRole('button', { name: 'Open a story file…' })).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Print handout' })).toHaveCount(0);
    const out = frame.getByRole('link', { name: /Open the full map/ });
    await expect(out).toHaveAttribute('target', '_blank');

    await frame.getByTitle(`${erbil.title} (strike, Iran)`).click();
    await expect(frame.locator('.leaflet-popup').getByRole('heading', { name: erbil.title })).toBeVisible();
    await out.focus();
    expect(new URL((await out.getAttribute('href')) ?? '').searchParams.get('incident')).toBe(erbil.id);
    expect(new URL((await out.getAttribute('href')) ?? '').searchParams.has('embed')).toBe(false);

    // The article is one tap away, over the map, with a way back.
    await frame.getByRole('button', { name: 'Article and list' }).click();
    await expect(frame.getByRole('article', { name: story.article.title })).toBeVisible();
    await frame.getByRole('button', { name: 'Back to the map' }).click();
    await expect(frame.getByRole('article', { name: story.article.title })).toBeHidden();

    await frame.getByRole('button', { name: 'Present' }).click();
    await expect(frame.getByRole('region', { name: /^Presentation:/ })).toBeVisible();
    expect(await frameFitsWidth(frame)).toBe(true);
  });

  test('works in a frame as small as 320×400: the map visible, nothing wider than the frame', async ({
    page,
    baseURL,
  }) => {
    const frame = await courseSnippet(page, baseURL ?? '', '', { width: 320, height: 400 });
    const map = await frame.locator('.story-map').boundingBox();
    expect(map?.height ?? 0).toBeGreaterThan(200);
    expect(await frameFitsWidth(frame)).toBe(true);
    await frame.getByRole('button', { name: 'Article and list' }).click();
    await expect(frame.getByRole('region', { name: 'Incidents' })).toBeVisible();
    expect(await frameFitsWidth(frame)).toBe(true);
  });

  test('the full map gives the code that frames this very view', async ({ page, context }) => {
    await isolateNetwork(page, 'down');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?basemap=offline&incident=${erbil.id}`);
    await page.getByRole('button', { name: 'Layers & legend' }).click();
    await page.getByRole('button', { name: 'Get the code for this view' }).click();
    const code = await page.getByRole('textbox', { name: /Paste this into a course page/ }).inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const url = new URL(src);
    expect(url.searchParams.has('embed')).toBe(true);
    expect(url.searchParams.get('incident')).toBe(erbil.id);
    expect(code).toContain(`title="${story.title}"`);
  });

  test('announces an oEmbed response for platforms that take embeds only that way', async ({ page }) => {
    await isolateNetwork(page, 'down');
    await page.goto('./?basemap=offline');
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    const href = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
    const oembed = (await (await page.request.get(href)).json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: story.title, width: 800, height: 520 });
    expect(String(oembed.html)).toMatch(/^<iframe src="[^"]*\?embed"/);
  });
});
