import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { recordPrinting, showPrinted, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';
import { pageFitsWidth, readFixtureText } from './storyRoutes.ts';

// The interface in Urdu, Persian and Hindi: the journeys a class takes (select, popup, article, present, print) with
// no English interface words left, right-to-left for Urdu and Persian, nothing clipped, axe clean, and the story's
// own words (article, quotes, titles) still marked as English.

const LANGUAGES = [
  { lang: 'ur', dir: 'rtl' },
  { lang: 'fa', dir: 'rtl' },
  { lang: 'hi', dir: 'ltr' },
] as const;

/** Names that are the same in every language: the app's, the map library's and data sources', file formats, a key. */
const NAMES = new Set([
  'Citemap',
  'Leaflet',
  'Natural',
  'Earth',
  'UTC',
  'CSV',
  'GeoJSON',
  'Moodle',
  'Canvas',
  'Google',
]);
const NAMES_TOO = new Set(['Sites', 'Esc', 'IST', 'PST']);

/**
 * English words shown by the interface: text and accessible names outside the story's own content (which carries
 * lang="en"), outside the map's place labels (names from the basemap and the story), on what is rendered now.
 */
function englishInterfaceWords(page: Page): Promise<string[]> {
  return page.evaluate(
    (names) => {
      const allowed = new Set(names);
      const isStoryOrLabel = (element: Element | null) =>
        element === null ||
        element.closest('[lang^="en"]') !== null ||
        element.closest('.map-label, .leaflet-tooltip, .incident-icon, .incident-cluster') !== null ||
        // Licences' required wording ("© OpenStreetMap contributors").
        element.closest('.leaflet-control-attribution') !== null;
      const found: string[] = [];
      // A sentence of the interface may carry the story's names (an isolated run, or inside an accessible name,
      // which cannot mark a language): only text with no letter of the page's own script is untranslated.
      const translated = /\p{Script=Arabic}|\p{Script=Devanagari}/u;
      const note = (text: string, where: Element) => {
        if (translated.test(text)) return;
        for (const word of text.replace(/https?:\/\/\S+/g, '').match(/[A-Za-z]{3,}/g) ?? []) {
          if (!allowed.has(word)) found.push(`${word} in <${where.tagName.toLowerCase()} class="${where.className}">`);
        }
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent === null || isStoryOrLabel(parent) || ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
        if (!parent.checkVisibility() && !parent.closest('.visually-hidden')) continue;
        note(node.textContent ?? '', parent);
      }
      for (const element of document.body.querySelectorAll('[aria-label], [title]')) {
        if (isStoryOrLabel(element) || !element.checkVisibility()) continue;
        note(`${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`, element);
      }
      return [...new Set(found)];
    },
    [...NAMES, ...NAMES_TOO],
  );
}

/** Text boxes whose text is cut off at the bottom: Nastaliq's descenders are the first to go. */
function clippedTextBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, h1, h2, h3, p, label, summary, li, select, a, span')]
      .filter((element) => element.checkVisibility() && element.clientHeight > 0)
      .filter((element) => {
        const style = getComputedStyle(element);
        const clips = ['hidden', 'clip'].includes(style.overflowY) || ['hidden', 'clip'].includes(style.overflow);
        return clips && element.scrollHeight > element.clientHeight + 1 && !element.closest('.visually-hidden');
      })
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()} class="${element.className}">${element.textContent?.slice(0, 40)}`,
      ),
  );
}

const strike = story.incidents.features.find((incident) => incident.properties.kind === 'strike' && incident.geometry);
if (strike === undefined) throw new Error('the story has no strike on the map');

/**
 * Messages the built app found no words for (src/i18n/i18n.ts says so on the console): its code carries short ids, not
 * English, so a catalog missing a message, or words of code loaded on demand that did not come with it, show a bare id.
 */
const missingWords = new WeakMap<Page, string[]>();

test.afterEach(({ page }) => {
  expect(missingWords.get(page) ?? []).toEqual([]);
});

/** Which edge of the map its zoom buttons and its attribution stand against. */
async function controlSides(page: Page): Promise<{ zoom: string; attribution: string }> {
  return page.evaluate(() => {
    const map = document.querySelector('.leaflet-container')?.getBoundingClientRect();
    const sideOf = (selector: string) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      if (map === undefined || box === undefined) return 'missing';
      const fromLeft = box.left - map.left;
      const fromRight = map.right - box.right;
      return fromLeft < fromRight ? 'left' : 'right';
    };
    return { zoom: sideOf('.leaflet-control-zoom'), attribution: sideOf('.leaflet-control-attribution') };
  });
}

async function openIn(page: Page, lang: string, width = 1366) {
  const missing: string[] = [];
  missingWords.set(page, missing);
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('has no words')) missing.push(message.text());
  });
  await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
  await isolateNetwork(page, 'served');
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('.incident-icon').first()).toBeVisible();
}

for (const { lang, dir } of LANGUAGES) {
  test.describe(`the interface in ${lang}`, () => {
    test('marks the page, and keeps the language in the link as the view changes', async ({ page }) => {
      await openIn(page, lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await page.locator(`.incident-row[data-incident-id="${strike.id}"] button`).first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get('incident')).toBe(strike.id);
      expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
    });

    test('selects an incident, shows its popup and the article, with no English interface words', async ({ page }) => {
      await openIn(page, lang);
      await page.locator(`.incident-row[data-incident-id="${strike.id}"] button`).first().click();
      const popup = page.locator('.leaflet-popup');
      await expect(popup).toHaveCSS('opacity', '1');
      await expect(popup.locator('h2 [lang="en"]')).toHaveText(strike.properties.title);
      await popup.locator('.popup-action').click();
      // The article stays English, its own direction, and every quote keeps its language.
      const article = page.locator('article[lang="en"], section[lang="en"], [lang="en"].article-panel');
      await expect(article.first()).toBeVisible();
      expect(await page.locator('.quote-link').count()).toBeGreaterThan(0);
      expect(
        await page
          .locator('.quote-link')
          .evaluateAll((quotes) => quotes.every((quote) => quote.closest('[lang]')?.getAttribute('lang') === 'en')),
      ).toBe(true);
      expect(await englishInterfaceWords(page)).toEqual([]);
    });

    test('is axe clean in its first view', async ({ page }) => {
      await openIn(page, lang);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('presents the tour in the language, marked as a translation', async ({ page }) => {
      await openIn(page, lang);
      await page.locator('[aria-keyshortcuts="P"]').click();
      const card = page.locator('.presentation-card');
      await expect(card).toBeVisible();
      await expect(card.locator('h2 [lang]')).toHaveAttribute('lang', lang);
      await expect(card.locator('.translation-note')).toBeVisible();
      await page.keyboard.press(dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
      await expect(page.getByTestId('presentation-progress')).toContainText(/[2۲२]/);
      // The map has flown to the step, and its place labels are laid out again.
      await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
      await page.waitForTimeout(1500);
      expect(await englishInterfaceWords(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('prints the handout in the language', async ({ page }) => {
      await recordPrinting(page);
      await openIn(page, lang);
      // The handout loads when asked for: the first of the print buttons, beside "More to print".
      await page.locator('.print-more').locator('xpath=preceding-sibling::button[1]').click();
      await expect(page.locator('body')).toHaveAttribute('data-printed-as', 'handout');
      await showPrinted(page, 'handout');
      await expect(page.locator('.print-handout')).toBeVisible();
      expect(await englishInterfaceWords(page)).toEqual([]);
    });

    test('puts the map’s zoom buttons at its start and the attribution at its end, as the page reads', async ({
      page,
    }) => {
      await openIn(page, lang);
      expect(await controlSides(page)).toEqual(
        dir === 'rtl' ? { zoom: 'right', attribution: 'left' } : { zoom: 'left', attribution: 'right' },
      );
    });

    for (const width of [1366, 390]) {
      test(`fits ${width} px with nothing clipped`, async ({ page }) => {
        await openIn(page, lang, width);
        await page.locator(`.incident-row[data-incident-id="${strike.id}"] button`).first().click();
        expect(await pageFitsWidth(page)).toBe(true);
        expect(await clippedTextBoxes(page)).toEqual([]);
      });
    }
  });
}

test('choosing Urdu in the menu mirrors the map’s controls as the page turns right to left, not after', async ({
  page,
}) => {
  await openIn(page, 'en');
  expect(await controlSides(page)).toEqual({ zoom: 'left', attribution: 'right' });
  // Each mutation of the page's direction is followed by a look at the controls, before the next frame.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { sidesWhenRtl: string[] }).sidesWhenRtl = seen;
    new MutationObserver(() => {
      if (document.documentElement.dir !== 'rtl') return;
      const map = document.querySelector('.leaflet-container')?.getBoundingClientRect();
      const zoom = document.querySelector('.leaflet-control-zoom')?.getBoundingClientRect();
      if (map !== undefined && zoom !== undefined)
        seen.push(zoom.left - map.left < map.right - zoom.right ? 'left' : 'right');
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] });
  });
  await page.getByLabel('Language').selectOption('ur');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => (window as unknown as { sidesWhenRtl: string[] }).sidesWhenRtl)).toEqual(['right']);
  expect(await controlSides(page)).toEqual({ zoom: 'right', attribution: 'left' });
});

/** The faces Chromium drew an element's text with (not the CSS asked for: what was found for its letters). */
async function facesDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((font) => font.familyName);
}

const EDITOR_IN = [
  { lang: 'ur', face: 'Noto Nastaliq Urdu', edit: 'اس کہانی میں ترمیم کریں', incidents: 'واقعات' },
  { lang: 'hi', face: 'Noto Sans Devanagari', edit: 'इस कहानी को संपादित करें', incidents: 'घटनाएँ' },
] as const;

for (const { lang, face, edit, incidents } of EDITOR_IN) {
  test(`the editor in ${lang} draws its own words in the page’s face, on its map too, and English typed in a field reads left to right`, async ({
    page,
  }) => {
    await openIn(page, lang);
    await page.getByRole('button', { name: edit }).click();
    await page.getByRole('navigation').getByRole('button', { name: incidents }).click();
    // A claim's line mixes the interface's words ("Claim 2: from the outside source …") with the story's. The serif
    // face the editor gives quotes has none of these letters, and drew some of them as boxes.
    await expect(page.locator('.editor-record__quote').first()).toBeVisible();
    expect(await facesDrawing(page, '.editor-record__quote')).toContain(face);
    // The placing map's attribution is the page's words too: Leaflet's own fonts drew Hindi as boxes.
    await expect(page.locator('.placing-map .leaflet-control-attribution')).toBeVisible();
    expect(await facesDrawing(page, '.placing-map .leaflet-control-attribution')).toContain(face);
    // The story's words in a field: an English claim reads left to right, in a right-to-left page too.
    const statement = page.locator('.editor-record textarea').first();
    await expect(statement).toHaveValue(/^[A-Za-z]/);
    expect(await statement.evaluate((field) => field.matches(':dir(ltr)'))).toBe(true);
  });
}

test.describe('a broken story in the reader’s language', () => {
  for (const lang of ['ur', 'fa'] as const) {
    test(`a link to a story file with mistakes lists them in ${lang}, naming each field as the file has it`, async ({
      page,
    }) => {
      await isolateNetwork(page, 'served');
      const broken = { ...(JSON.parse(readFixtureText('minimal-story.json')) as object), title: '', summary: 3 };
      await page.route('**/examples/broken-story.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
      );
      await page.goto(`./?lang=${lang}&story=examples/broken-story.json`);
      const problems = page.locator('.load-error__problems li');
      await expect(problems).toHaveCount(2);
      await expect(problems.locator('.load-error__where')).toContainText(['title', 'summary']);
      // The file's name and the field's path are data, shown as the file has them; every sentence around them is not.
      const words = await englishInterfaceWords(page);
      expect(words.filter((word) => !word.endsWith('in <bdi class="">'))).toEqual([]);
    });
  }

  test('a link to a CSV with a bad row opens in Urdu, and says what is wrong with the row in Urdu', async ({
    page,
  }) => {
    const missing: string[] = [];
    missingWords.set(page, missing);
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('has no words')) missing.push(message.text());
    });
    await isolateNetwork(page, 'served');
    // Names of two letters, so that the story's own words (its places, the file's name) are no English words here.
    const csv = 'name,latitude,longitude\nPj,26.97,64.09\nTb,95.5,63.04\n';
    await page.route('**/examples/pt.csv', (route) => route.fulfill({ contentType: 'text/csv', body: csv }));
    await page.goto('./?lang=ur&story=examples/pt.csv');
    const notices = page.locator('.story-origin__notice-list li');
    const badRow = notices.filter({ hasText: '95.5' });
    await expect(badRow).toHaveCount(1);
    // The row and the column are named in Urdu, the column's name and the cell as the file has them.
    await expect(badRow.locator('code bdi')).toHaveText('قطار 3، کالم latitude');
    await expect(badRow).toContainText('95.5 عرض بلد نہیں (-90 اور 90 کے درمیان)');
    for (const notice of await notices.allTextContents()) expect(notice).toMatch(/\p{Script=Arabic}/u);
    // The link's address is data, shown as the reader gave it.
    const words = await englishInterfaceWords(page);
    expect(words.filter((word) => !word.endsWith('in <bdi class="story-origin__address">'))).toEqual([]);
  });

  test('a link whose story= is refused says why in Urdu', async ({ page }) => {
    await isolateNetwork(page, 'served');
    await page.goto('./?lang=ur&story=javascript:alert(1)');
    const reason = page.getByRole('alert').locator('p bdi');
    await expect(reason).toContainText('"javascript:alert(1)"');
    await expect(reason).toHaveText(/\p{Script=Arabic}/u);
    // The parameter's name, story=, is the link's own.
    const words = await englishInterfaceWords(page);
    expect(words.filter((word) => !word.endsWith('in <code class="">'))).toEqual([]);
  });
});
