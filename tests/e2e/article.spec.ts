import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { collectArticleQuotes, type CitedQuote } from '../../src/data/quotes/collectArticleQuotes.ts';
import { StorySchema, type Story } from '../../src/model/story.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// The real story file the app serves: the journeys below must hold for the data as built, not a fixture.
const story: Story = StorySchema.parse(
  JSON.parse(readFileSync(new URL('../../public/data/iran-pakistan-2024/story.json', import.meta.url), 'utf8')),
);
const quotes = [...collectArticleQuotes(story.incidents).values()].flat();

/** A strike with a marker, and an article quote that no other incident shares, so its link leads to that strike. */
function strikeWithOwnQuote() {
  for (const incident of story.incidents.features) {
    if (incident.properties.kind !== 'strike' || incident.geometry === null) continue;
    const own = quotes.find(
      (quote) =>
        quote.incidentId === incident.id &&
        quote.claimId !== null &&
        !quotes.some(
          (other) =>
            other.incidentId !== incident.id &&
            other.anchor.passageId === quote.anchor.passageId &&
            other.anchor.exact === quote.anchor.exact,
        ),
    );
    if (own !== undefined) return { incident, quote: own };
  }
  throw new Error('no strike on the map has an article quote of its own');
}

function markerFor(page: Page, title: string): Locator {
  return page
    .locator('.leaflet-marker-icon')
    .filter({ has: page.locator('svg') })
    .and(page.getByTitle(title));
}

function articleOf(page: Page): Locator {
  return page.getByRole('article', { name: story.article.title });
}

function passageOf(page: Page, passageId: string): Locator {
  return articleOf(page).locator(`[data-passage-id="${passageId}"]`);
}

async function openPopup(page: Page, marker: Locator): Promise<Locator> {
  await marker.click();
  const popup = page.locator('.leaflet-popup');
  // Leaflet fades popups in: wait until the fade has finished before reading or photographing one.
  await expect(popup).toHaveCSS('opacity', '1');
  return popup;
}

/** The ¶ button beside one claim's quote on an open popup's first screen (the article's own claims are there). */
function paragraphButton(popup: Locator, quote: CitedQuote): Locator {
  const number = story.article.passages.find((passage) => passage.id === quote.anchor.passageId)?.number;
  return popup
    .locator('.key-claim')
    .filter({ hasText: quote.anchor.exact })
    .getByRole('button', { name: `¶${number}` });
}

test.describe('the article beside the map', () => {
  test('a popup’s paragraph link shows the quote in the article, marked, with focus there', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');
    const { incident, quote } = strikeWithOwnQuote();
    const popup = await openPopup(page, markerFor(page, incident.properties.title));

    await paragraphButton(popup, quote).click();

    const passage = passageOf(page, quote.anchor.passageId);
    await expect(passage).toBeInViewport();
    await expect(passage.locator('mark').filter({ hasText: quote.anchor.exact })).toHaveText(quote.anchor.exact);
    await expect(passage).toBeFocused();
    await expect(passage).toHaveClass(/article-passage--highlighted/);
    await expect(page).toHaveURL(new RegExp(`[?&]passage=${quote.anchor.passageId}(&|$)`));
    await expect(page).toHaveURL(new RegExp(`[?&]incident=${incident.id}(&|$)`));
    expect(network.consoleErrors).toEqual([]);
  });

  test('a quoted phrase in the article opens its incident’s popup on the map', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');
    const { incident, quote } = strikeWithOwnQuote();

    await articleOf(page).getByRole('link', { name: quote.anchor.exact, exact: true }).click();

    const popup = page.locator('.leaflet-popup');
    await expect(popup).toHaveCSS('opacity', '1');
    await expect(popup.getByRole('heading', { name: incident.properties.title })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]incident=${incident.id}(&|$)`));
    await expect(passageOf(page, quote.anchor.passageId).locator('mark').first()).toBeVisible();
    expect(network.consoleErrors).toEqual([]);
  });

  test('a shared link naming a passage opens with it marked and in view', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    const { incident, quote } = strikeWithOwnQuote();
    await page.goto(`./?incident=${incident.id}&passage=${quote.anchor.passageId}`);

    const passage = passageOf(page, quote.anchor.passageId);
    await expect(passage).toBeInViewport();
    await expect(passage).toHaveClass(/article-passage--highlighted/);
    await expect(passage.locator('mark').filter({ hasText: quote.anchor.exact })).toHaveText(quote.anchor.exact);
    expect(network.consoleErrors).toEqual([]);
  });

  test('leaves the “Also Read” aside out of the story text', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./');
    const article = articleOf(page);
    await expect(article).toBeVisible();
    for (const aside of story.article.passages.filter((passage) => passage.role === 'aside')) {
      await expect(article).not.toContainText(aside.text);
      await expect(article).toContainText(`¶${aside.number} is a cross-link`);
    }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  async function expectNoSideways(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }

  test('stacks the map above the article, both usable, with no sideways scrolling', async ({ page }) => {
    const network = await isolateNetwork(page, 'served');
    await page.goto('./');

    const map = page.getByRole('region', { name: 'Map of the story' });
    await expect(map).toBeInViewport();
    const mapBox = await map.boundingBox();
    expect(mapBox?.height).toBeGreaterThan(844 * 0.4);
    await expectNoSideways(page);

    const article = articleOf(page);
    await article.getByRole('heading', { name: story.article.title }).scrollIntoViewIfNeeded();
    await expect(article.getByRole('heading', { name: story.article.title })).toBeInViewport();
    await expectNoSideways(page);

    // Following a quote from down in the article brings the map back into sight, its popup open.
    const { incident, quote } = strikeWithOwnQuote();
    await article.getByRole('link', { name: quote.anchor.exact, exact: true }).click();
    await expect(map).toBeInViewport();
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toHaveCSS('opacity', '1');
    await expect(popup.getByRole('heading', { name: incident.properties.title })).toBeVisible();
    await expectNoSideways(page);
    expect(network.consoleErrors).toEqual([]);
  });
});
