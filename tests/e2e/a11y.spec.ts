import { seriousViolations } from './axe.ts';
import { incidentById, openedPopup, markerFor, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// Automated WCAG 2.2 A and AA checks on each view a reader meets. Axe cannot judge everything (whether a name is
// meaningful, whether the order makes sense, whether focus is ever hidden): keyboard.spec.ts and wcag22.spec.ts cover
// what it cannot.

const strike = story.incidents.features.find(
  (incident) => incident.properties.kind === 'strike' && incident.geometry !== null,
);
if (strike === undefined) throw new Error('the story has no strike with a place');
const strikeTitle = strike.properties.title;

function firstCitedPassage(): string {
  const quote = incidentById(strike?.id ?? '').properties.claims.find((claim) => claim.citation.type === 'article');
  if (quote?.citation.type !== 'article') throw new Error('the strike cites no passage');
  return quote.citation.quote.passageId;
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test.beforeEach(async ({ page }) => {
    await isolateNetwork(page, 'served');
  });

  test('the main view', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('article.article-panel').getAttribute('lang')).toBe(story.article.language);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an open popup', async ({ page }) => {
    await page.goto('./');
    await markerFor(page, strikeTitle).click();
    await openedPopup(page, strikeTitle);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the article with a highlighted quote', async ({ page }) => {
    await page.goto(`./?incident=${strike.id}&passage=${firstCitedPassage()}`);
    await expect(page.locator('.article-passage--highlighted')).toBeVisible();
    await expect(page.locator('mark').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the phone layout', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the layers and legend panel, open', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Layers & legend' }).click();
    await expect(page.getByRole('group', { name: 'Show on the map' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('presentation mode', async ({ page }) => {
    await page.goto('./');
    const present = page.getByRole('button', { name: /^Present/ });
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await present.first().click();
    await expect(page.getByTestId('presentation-progress')).toHaveText(/^1 \/ \d+$/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('presentation mode asking the class, with an answer shown', async ({ page }) => {
    await page.goto('./?step=saravan');
    const questions = page.getByRole('region', { name: 'Ask the class' });
    await questions.getByText('Show the answer').first().click();
    await expect(questions.locator('.question__answer').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the printed worksheet', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.incident-icon').first()).toBeVisible();
    await page.evaluate(() => {
      document.documentElement.dataset.print = 'worksheet';
    });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Printable worksheet' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the printed handout', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.incident-icon').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Printable handout' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
