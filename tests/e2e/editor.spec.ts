import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { StorySchema } from '../../src/model/story.ts';
import { story as shippedStory } from './mapPage.ts';
import { readFixtureText } from './storyRoutes.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// The story editor as an author meets it, in Chromium: a story built from nothing, then opened in the viewer.

const SEED_ARTICLE = readFixtureText('editor/seed-article.txt');
const ERBIL_WORDS =
  'On Monday, Iran launched a missile attack into Iraq close to the US Consulate complex in the city of Irbil';

/** A paste as the browser delivers one: a ClipboardEvent carrying the text (and HTML, when given). */
async function pasteInto(target: Locator, text: string, html?: string): Promise<void> {
  await target.focus();
  await target.evaluate(
    (element, { text, html }) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      if (html !== undefined) data.setData('text/html', html);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { text, html },
  );
}

/** Selects words in a passage as a mouse drag does (the Selection API), then releases the button. */
async function selectWords(page: Page, passageId: string, words: string): Promise<void> {
  await page.evaluate(
    ({ passageId, words }) => {
      const container = document.querySelector(`[data-cite-passage="${passageId}"]`);
      if (container === null) throw new Error(`no passage ${passageId}`);
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      let offset = 0;
      const start = (container.textContent ?? '').indexOf(words);
      const range = document.createRange();
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (start >= offset && start < offset + length) range.setStart(node, start - offset);
        if (start + words.length > offset && start + words.length <= offset + length) {
          range.setEnd(node, start + words.length - offset);
        }
        offset += length;
      }
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    { passageId, words },
  );
}

/** Presses Tab until `target` has focus, as a keyboard user reaches a control; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, most = 200): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function savedInBrowser(page: Page): Promise<void> {
  await expect(page.locator('.editor-bar__status')).toContainText('Saved in this browser');
}

test.describe('the story editor', () => {
  test.beforeEach(async ({ page }) => {
    await isolateNetwork(page, 'served');
  });

  test('builds a story from a pasted article, which the viewer then opens with the same words cited', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'New story' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Story editor/ })).toBeVisible();
    await pasteInto(page.getByLabel('Article text'), SEED_ARTICLE);
    await expect(page.locator('#editor-article-text-status')).toContainText('9 passages.');
    // The header lines gave the byline and the time of publication, as the data build reads them.
    await expect(page.getByLabel('Byline')).toHaveValue('Kamal Kumar');
    await expect(page.getByLabel('Published (local date and time)')).toHaveValue('2024-01-20T08:34');
    await page.getByLabel('Story title').fill('Strikes across borders');
    await page.getByLabel('Summary', { exact: true }).fill('A missile attack near Irbil, as one article reports it.');
    await page.getByLabel('Headline').fill('Iran and Pakistan agree to de-escalate');
    await page.getByLabel('Publisher').fill('Jagran English');
    await page.getByLabel('Web address').fill('https://example.org/article');
    await expect(page.getByLabel('¶4 is an aside')).toBeChecked();

    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    // The space a drag takes before the words is left out of the quote.
    await selectWords(page, 'p9', ` ${ERBIL_WORDS}`);
    await expect(page.locator('.editor-cite__chosen')).toHaveText(`Chosen: “${ERBIL_WORDS}”`);
    await page.getByRole('button', { name: 'Cite on the map' }).click();

    // The article's "Irbil" is already offered as Erbil, GeoNames' name for it; the journey types the name instead.
    await expect(page.locator('.editor-place-results').last()).toContainText(/“Irbil” in ¶\d+/);
    await page.getByLabel('Search for a place').fill('Erbil');
    await page.getByRole('list', { name: 'Places found' }).getByRole('button', { name: 'Put it at Erbil, IQ' }).click();
    await expect(page.getByLabel('Longitude')).toHaveValue('44.012');
    await expect(page.getByLabel('Latitude')).toHaveValue('36.183');
    await expect(page.locator('.placing-map__marker--approximate')).toHaveCount(1);
    await page.getByLabel('A town or district').check();
    await page.getByLabel('Radius (km)').fill('15');
    await page.getByLabel('Where the event itself was').fill('near the US Consulate complex, somewhere in the city');
    await page.getByLabel('How precise, in words').fill('Somewhere in the city; the site is not given');
    await page.getByLabel('Title', { exact: true }).fill('Missile attack near the consulate');
    await page.getByLabel('Summary', { exact: true }).fill('The article reports a missile attack into Iraq on Monday.');
    await page.getByLabel('Date (local)').fill('2024-01-15');
    await page.getByLabel('How precise is the time?').selectOption('approximate');
    await page.getByLabel('Time (local)').fill('23:30');
    // The zone came from the point: the time-zone lookup, not typed.
    await expect(page.getByLabel('UTC offset')).toHaveValue('+03:00');
    await expect(page.getByLabel('Time zone')).toHaveValue('Arabian Standard Time');
    await page.getByLabel('Who acted').fill('Islamic Revolutionary Guard Corps');
    await page.getByLabel('Their side').fill('Iran');
    await page.getByLabel('Claim 1: who says so').fill('The article');
    await page.getByRole('button', { name: 'Add a casualty figure' }).click();
    await page.getByLabel('Figure 1: who gave it').fill('Kurdistan Region Security Council');
    await page.getByLabel('Figure 1: killed', { exact: true }).fill('4');
    await page.getByLabel('Figure 1: injured', { exact: true }).fill('6');
    await page.getByLabel('Figure 1: who the casualties were').fill('civilians');

    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await page.getByRole('button', { name: 'Add a step with the map’s view' }).click();
    await page.getByLabel('Step 1: title').fill('The attack');
    await page.getByLabel('Step 1: text').fill('A missile attack near the consulate.');
    // The words are longer than a choice's line: cut, and marked as cut.
    await page.getByLabel(`“${ERBIL_WORDS.slice(0, 90).trimEnd()}…”`).check();
    await page.getByRole('button', { name: 'Take step 1’s view from the map' }).click();
    await expect(page.locator('.editor-bar__status')).toContainText('ready: no problems');
    await savedInBrowser(page);

    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download story' }).click();
    const download = await started;
    expect(download.suggestedFilename()).toBe('strikes-across-borders.story.json');
    const downloadPath = await download.path();
    const written = StorySchema.parse(JSON.parse(readFileSync(downloadPath, 'utf8')));
    const [incident] = written.incidents.features;
    expect(incident?.properties.claims[0]?.citation).toEqual({
      type: 'article',
      quote: { passageId: 'p9', exact: ERBIL_WORDS },
    });
    expect(incident?.properties.place).toMatchObject({ geoPrecision: 2, uncertaintyRadiusKm: 15, name: 'Erbil' });
    expect(incident?.properties.casualties[0]).toMatchObject({
      claimedBy: 'Kurdistan Region Security Council',
      killed: { value: 4, atLeast: false },
      injured: { value: 6, atLeast: false },
    });
    expect(written.credits.map((credit) => credit.license)).toContain('CC BY 4.0');

    // The downloaded file in the viewer, opened as a reader opens any story file.
    await page
      .getByRole('button', { name: 'Back to the viewer' })
      .or(page.getByRole('button', { name: 'Show in the viewer' }))
      .click();
    await expect(page.getByRole('button', { name: 'New story' })).toBeVisible();
    await page.locator('input[type=file][accept*=".json"]').setInputFiles(downloadPath);
    await expect(page.getByRole('heading', { level: 1, name: 'Strikes across borders' })).toBeVisible();
    await page
      .getByRole('region', { name: 'Incidents' })
      .getByRole('button', { name: /Missile attack near the consulate/ })
      .first()
      .click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toContainText(ERBIL_WORDS);
    await expect(page.locator('article.article-panel mark')).toHaveText(ERBIL_WORDS);
  });

  test('builds the same story by keyboard alone', async ({ page }) => {
    /** Tab to a field, as a keyboard user does, and type into it. */
    async function typeInto(field: Locator, text: string): Promise<void> {
      await tabTo(page, field);
      await page.keyboard.type(text);
    }
    await page.goto('./?edit');
    await pasteInto(page.getByLabel('Article text'), SEED_ARTICLE);
    await typeInto(page.getByLabel('Story title'), 'Strikes across borders');
    await typeInto(page.getByLabel('Summary', { exact: true }), 'A missile attack, as one article reports it.');
    await typeInto(page.getByLabel('Headline'), 'Iran and Pakistan agree to de-escalate');
    await typeInto(page.getByLabel('Publisher'), 'Jagran English');
    await tabTo(page, page.getByRole('button', { name: 'Cite', exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Passage'));
    await page.getByLabel('Passage').press('End');
    await expect(page.getByLabel('Passage')).toHaveValue('p9');
    // "On Monday, … of Irbil," are words 38 to 57 of the ninth passage; whole words, so the comma comes too.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('38');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('57');
    await expect(page.locator('.editor-cite__chosen')).toHaveText(`Chosen: “${ERBIL_WORDS},”`);
    await tabTo(page, page.getByRole('button', { name: 'Cite on the map' }));
    await page.keyboard.press('Enter');
    await typeInto(page.getByLabel('Search for a place'), 'Erbil');
    await tabTo(
      page,
      page.getByRole('list', { name: 'Places found' }).getByRole('button', { name: 'Put it at Erbil, IQ' }),
    );
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Longitude')).toHaveValue('44.012');
    // Tab reaches the radio group at its checked button; the arrows choose within it.
    await tabTo(page, page.getByLabel('A town or district'));
    await page.keyboard.press('ArrowUp');
    await expect(page.getByLabel('The exact site')).toBeChecked();
    // A town's centre from the place list is not the site: back to "a town or district", with a radius.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('A town or district')).toBeChecked();
    await tabTo(page, page.getByLabel('Radius (km)'));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('15');
    await typeInto(page.getByLabel('How precise, in words'), 'Somewhere in the city');
    await typeInto(page.getByLabel('Where the event itself was'), 'near the US Consulate complex');
    await typeInto(page.getByLabel('Title', { exact: true }), 'Missile attack near the consulate');
    await typeInto(page.getByLabel('Summary', { exact: true }), 'The article reports a missile attack into Iraq.');
    await typeInto(page.getByLabel('Date (local)'), '01152024');
    await expect(page.getByLabel('Date (local)')).toHaveValue('2024-01-15');
    await tabTo(page, page.getByLabel('How precise is the time?'));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('How precise is the time?')).toHaveValue('approximate');
    await typeInto(page.getByLabel('Time (local)'), '1130P');
    await expect(page.getByLabel('Time (local)')).toHaveValue('23:30');
    await expect(page.getByLabel('Time zone')).toHaveValue('Arabian Standard Time');
    await typeInto(page.getByLabel('Who acted'), 'Islamic Revolutionary Guard Corps');
    await typeInto(page.getByLabel('Their side'), 'Iran');
    await typeInto(page.getByLabel('Claim 1: who says so'), 'The article');
    await tabTo(page, page.getByRole('button', { name: 'Add a casualty figure' }));
    await page.keyboard.press('Enter');
    await typeInto(page.getByLabel('Figure 1: killed', { exact: true }), '4');
    await typeInto(page.getByLabel('Figure 1: who the casualties were'), 'civilians');
    await expect(page.locator('.editor-bar__status')).toContainText('ready: no problems');
    await savedInBrowser(page);
    await tabTo(page, page.getByRole('button', { name: 'Download story' }));
    const started = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const written = StorySchema.parse(JSON.parse(readFileSync(await (await started).path(), 'utf8')));
    const incident = written.incidents.features[0]?.properties;
    expect(incident?.claims[0]?.citation).toEqual({
      type: 'article',
      quote: { passageId: 'p9', exact: `${ERBIL_WORDS},` },
    });
    expect(incident?.place).toMatchObject({ geoPrecision: 2, uncertaintyRadiusKm: 15 });
    expect(incident?.when).toMatchObject({ date: '2024-01-15', time: '23:30', utcOffset: '+03:00' });
    expect(incident?.casualties[0]).toMatchObject({ claimedBy: 'The article', killed: { value: 4, atLeast: false } });
  });

  test('loses nothing when the page is reloaded in the middle of an edit', async ({ page }) => {
    await page.goto('./?edit');
    await pasteInto(page.getByLabel('Article text'), SEED_ARTICLE);
    await page.getByLabel('Story title').fill('Kept across a reload');
    await page.getByLabel('Publisher').fill('Example News');
    await savedInBrowser(page);
    expect(new URL(page.url()).searchParams.get('edit')).toMatch(/^[a-z0-9-]+$/);
    await page.reload();
    await page.getByRole('button', { name: 'Article', exact: true }).click();
    await expect(page.getByLabel('Story title')).toHaveValue('Kept across a reload');
    await expect(page.getByLabel('Publisher')).toHaveValue('Example News');
    await expect(page.getByLabel('Article text')).toHaveValue(/Kamal Kumar/);
    await page.getByRole('button', { name: 'Kept stories' }).click();
    await expect(page.locator('.editor-kept-list li')).toContainText(['Kept across a reload']);
    await expect(page.locator('.editor-kept-list li').first()).toContainText('open now');
  });

  test('says in words when the place list cannot be downloaded, and tries again when asked', async ({ page }) => {
    // Offline, with the list never fetched before, the search showed the browser's bare "Failed to fetch".
    await page.route('**/gazetteer/places.tsv', (route) => route.abort('internetdisconnected'));
    await page.goto('./?edit');
    await pasteInto(page.getByLabel('Article text'), SEED_ARTICLE);
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    await selectWords(page, 'p9', ERBIL_WORDS);
    await page.getByRole('button', { name: 'Cite on the map' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'The place list could not be downloaded' });
    await expect(problem).toContainText('Type the place’s latitude and longitude below');
    await expect(page.getByLabel('Latitude')).toBeVisible();

    await page.unroute('**/gazetteer/places.tsv');
    await problem.getByRole('button', { name: 'Try again' }).click();
    await expect(problem).toBeHidden();
    await page.getByLabel('Search for a place').fill('Erbil');
    await expect(
      page.getByRole('list', { name: 'Places found' }).getByRole('button', { name: 'Put it at Erbil, IQ' }),
    ).toBeVisible();
  });

  test('keeps a change made just before a reload, before its save was due', async ({ page }) => {
    // The save after a pause read the kept copy, then wrote: a reload within the pause cut it off between the two.
    await page.goto('./?edit');
    await pasteInto(page.getByLabel('Article text'), SEED_ARTICLE);
    await page.getByLabel('Story title').fill('Saved once');
    await savedInBrowser(page);
    await page.getByLabel('Story title').fill('Changed just before the reload');
    await page.reload();
    await page.getByRole('button', { name: 'Article', exact: true }).click();
    await expect(page.getByLabel('Story title')).toHaveValue('Changed just before the reload');
  });

  test('says so when another tab saved the same story since, and overwrites nothing', async ({ page, context }) => {
    await page.goto('./?edit');
    await page.getByLabel('Story title').fill('First tab');
    await savedInBrowser(page);
    const other = await context.newPage();
    await isolateNetwork(other, 'served');
    await other.goto(page.url());
    await expect(other.getByLabel('Story title')).toHaveValue('First tab');
    await other.getByLabel('Story title').fill('Second tab');
    await savedInBrowser(other);
    await page.getByLabel('Story title').fill('First tab, again');
    await expect(page.getByRole('alert')).toContainText('Another tab saved this story');
    await page.getByRole('button', { name: 'Take the other tab’s version' }).click();
    await expect(page.getByLabel('Story title')).toHaveValue('Second tab');
  });

  test('downloads the built-in story unchanged when nothing was edited', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Edit this story' }).click();
    await expect(page.locator('.editor-bar__status')).toContainText('ready: no problems');
    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download story' }).click();
    const written: unknown = JSON.parse(readFileSync(await (await started).path(), 'utf8'));
    expect(written).toEqual(shippedStory);
  });

  test('lists problems by record and field, each taking the author to its field, with its error beside it', async ({
    page,
  }) => {
    await page.goto('./?edit');
    await pasteInto(page.getByLabel('Article text'), SEED_ARTICLE);
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    await selectWords(page, 'p9', ERBIL_WORDS);
    await page.getByRole('button', { name: 'Cite on the map' }).click();
    await page.getByRole('button', { name: /^Problems/ }).click();
    const link = page.getByRole('button', { name: 'incidents.features[0] (id "incident-1") › properties.title' });
    await link.click();
    const title = page.getByLabel('Title', { exact: true });
    await expect(title).toBeFocused();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.editor-field--invalid').filter({ has: title })).toContainText(
      'required: this is still empty',
    );
    await title.fill('Named now');
    await expect(title).toHaveAttribute('aria-invalid', 'false');
  });

  test('opens a downloaded draft again, from the list of kept stories', async ({ page }) => {
    await page.goto('./?edit');
    await page.getByLabel('Story title').fill('A draft to take elsewhere');
    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download draft' }).click();
    const draftPath = await (await started).path();
    await page.goto('./?edit');
    await page.getByRole('button', { name: 'Kept stories' }).click();
    await page.getByLabel('Open a story or draft file…').setInputFiles(draftPath);
    await expect(page.getByLabel('Story title')).toHaveValue('A draft to take elsewhere');
  });

  test('says so when the browser’s storage is full, keeps the story in the page and still downloads it', async ({
    page,
  }) => {
    // Every write to IndexedDB fails as a full quota makes it fail.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('./?edit');
    await page.getByLabel('Story title').fill('Too big to keep');
    await expect(page.locator('.editor-bar__status')).toContainText('this browser’s storage is full');
    await expect(page.getByLabel('Story title')).toHaveValue('Too big to keep');
    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download draft' }).click();
    const draft = JSON.parse(readFileSync(await (await started).path(), 'utf8')) as { story: { title: string } };
    expect(draft.story.title).toBe('Too big to keep');
  });

  test('takes a 5 MB paste: passages made, the page still answering', async ({ page }) => {
    // A limit against a hang, not a timing: the paste and its 5,000 passages took 24 s of the default 30 on a slow day
    // of the 2-core build machine.
    test.setTimeout(90_000);
    await page.goto('./?edit');
    const paragraph = `${'A long sentence of an article, with 🙂 and \u200fמילים. '.repeat(20)}`;
    const huge = Array.from({ length: 5_000 }, (_, index) => `${index} ${paragraph}`).join('\n\n');
    expect(huge.length).toBeGreaterThan(5_000_000);
    await pasteInto(page.getByLabel('Article text'), huge);
    await expect(page.locator('#editor-article-text-status')).toContainText('5000 passages.', { timeout: 75_000 });
    await page.getByLabel('Story title').fill('Still typing');
    await expect(page.getByLabel('Story title')).toHaveValue('Still typing');
  });

  test('adds a claim from an outside source, quoting its words or marked as a paraphrase', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Edit this story' }).click();
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('button', { name: 'Incidents' }).click();
    const before = await page.getByLabel(/^Claim \d+: who says so$/).count();
    await page.getByRole('button', { name: 'Add a claim from an outside source' }).click();
    const number = before + 1;
    await page.getByLabel(`Claim ${number}: who says so`).fill('A named official');
    await page.getByLabel(`Claim ${number}: what they say`).fill('The official said so.');
    // Neither words nor "paraphrase": the honesty rule says what is missing, beside the field.
    const words = page.getByLabel(`Claim ${number}: the source’s words`);
    await expect(words).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel(`Claim ${number} paraphrases the source (no words quoted)`).check();
    await expect(words).toHaveAttribute('aria-invalid', 'false');
    await page.getByLabel(`Claim ${number} paraphrases the source (no words quoted)`).uncheck();
    await words.fill('the few words the source wrote');
    await expect(page.locator('.editor-bar__status')).toContainText('ready: no problems');
    const started = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download story' }).click();
    const written = StorySchema.parse(JSON.parse(readFileSync(await (await started).path(), 'utf8')));
    const added = written.incidents.features[0]?.properties.claims.at(-1);
    expect(added).toMatchObject({
      by: 'A named official',
      citation: { type: 'outside', words: 'the few words the source wrote' },
    });
  });

  test('opens the article from an HTML file, and moves a placed point by dragging it', async ({ page }) => {
    await page.goto('./?edit');
    await page.getByLabel('Open a text file…').setInputFiles({
      name: 'article.html',
      mimeType: 'text/html',
      buffer: Buffer.from(
        '<html><head><style>p{}</style></head><body><h1>Shells fall</h1><p>Shells fell on the town.</p>' +
          '<script>window.fileScriptRan = true</script><p>Also Read: another story</p></body></html>',
      ),
    });
    await expect(page.locator('#editor-article-text-status')).toContainText('3 passages.');
    await expect(page.getByLabel('¶3 is an aside')).toBeChecked();
    expect(await page.evaluate(() => (window as { fileScriptRan?: boolean }).fileScriptRan)).toBeUndefined();
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    await selectWords(page, 'p2', 'Shells fell');
    await page.getByRole('button', { name: 'Cite on the map' }).click();
    await page.getByLabel('Longitude').fill('10');
    await page.getByLabel('Latitude').fill('20');
    const marker = page.locator('.placing-map__marker');
    const box = await marker.boundingBox();
    if (box === null) throw new Error('the point is not drawn');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await expect(page.getByLabel('Longitude')).not.toHaveValue('10');
    expect(Number(await page.getByLabel('Longitude').inputValue())).toBeGreaterThan(10);
    expect(Number(await page.getByLabel('Latitude').inputValue())).toBeLessThan(20);
  });

  test('reads pasted HTML as text and paragraphs, running nothing in it', async ({ page }) => {
    await page.goto('./?edit');
    const html =
      '<p>First <b>paragraph</b>.</p><script>window.pastedScriptRan = true</script>' +
      '<style>body{display:none}</style><img src="x" onerror="window.pastedScriptRan = true"><p>Second one.</p>';
    await pasteInto(page.getByLabel('Article text'), 'ignored plain text', html);
    await expect(page.getByLabel('Article text')).toHaveValue('First paragraph.\n\nSecond one.');
    await expect(page.locator('#editor-article-text-status')).toContainText('2 passages.');
    expect(await page.evaluate(() => (window as { pastedScriptRan?: boolean }).pastedScriptRan)).toBeUndefined();
  });

  test('records a casualty range ("between 4 and 6"), which the preview’s popup gives beside its claimant', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Edit this story' }).click();
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('button', { name: 'Incidents' }).click();
    await page.getByLabel('Figure 1: killed, up to').fill('6');
    await expect(page.getByLabel('Figure 1: killed, up to')).toHaveAttribute('aria-invalid', 'false');
    await expect(page.locator('.editor-bar__status')).toContainText('ready: no problems');
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('button', { name: 'Preview' }).click();
    await page
      .getByRole('region', { name: 'Incidents' })
      .getByRole('button', { name: /Iranian missile strike on Erbil/ })
      .first()
      .click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toContainText('Killed: 4–6, depending on who is counting');
    // The full record lists every figure beside its claimant, the range as the claimant gave it.
    await popup.getByText(/^Full record/).click();
    await expect(popup).toContainText('Kurdistan Region Security Council (KRSC): 4–6.');
  });

  test('shows every quote a tour step carries, those no incident cites too, ticked, and takes one off', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Edit this story' }).click();
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('button', { name: 'Tour', exact: true }).click();
    // The shipped tour's first step quotes words that no incident cites.
    const quotes = page.getByRole('group', { name: 'Step 1: quotes that back it' });
    const words = '“The tit-for-tat strikes carried out by both nations”';
    const titForTat = quotes.getByRole('checkbox', { name: words, exact: true });
    await expect(titForTat).toBeChecked();
    await titForTat.click();
    await expect(titForTat).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(titForTat).toBeChecked();
  });

  test('has no serious or critical axe violations in any view', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Edit this story' }).click();
    for (const view of ['Article', 'Cite', 'Incidents', 'Tour', 'Problems', 'Kept stories']) {
      await page
        .getByRole('navigation', { name: 'Editor' })
        .getByRole('button', { name: new RegExp(`^${view}`) })
        .click();
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      expect(await seriousViolations(page), view).toEqual([]);
    }
  });
});

test.describe('the story editor on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 412, height: 839 } });

  test.beforeEach(async ({ page }) => {
    await isolateNetwork(page, 'served');
  });

  test('cites words chosen by touch: a long press, then the selection’s handles dragged', async ({ page }) => {
    await page.goto('./?edit');
    await pasteInto(page.getByLabel('Article text'), SEED_ARTICLE);
    await page.getByRole('button', { name: 'Cite', exact: true }).tap();
    const passage = page.locator('[data-cite-passage="p9"]');
    const start = await passage.evaluate((element, words) => {
      // Where the first of the words is on screen, for the finger to press.
      const text = element.firstChild;
      if (text === null) throw new Error('the passage has no text');
      const range = document.createRange();
      const at = (element.textContent ?? '').indexOf(words);
      range.setStart(text, at);
      range.setEnd(text, at + 2);
      element.scrollIntoView({ block: 'center' });
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, ERBIL_WORDS);
    await page.touchscreen.tap(start.x, start.y);
    // A long press selects a word, and dragging the handles grows the selection: the browser moves the selection
    // itself and sends the page no touch, pointer or mouse event, only "selectionchange", as this does.
    await passage.evaluate((element, words) => {
      const text = element.firstChild;
      if (text === null) throw new Error('the passage has no text');
      const at = (element.textContent ?? '').indexOf(words);
      const selection = window.getSelection();
      selection?.setBaseAndExtent(text, at, text, at + 'On'.length);
      selection?.setBaseAndExtent(text, at, text, at + words.length);
    }, ERBIL_WORDS);
    await expect(page.locator('.editor-cite__chosen')).toHaveText(`Chosen: “${ERBIL_WORDS}”`);
    // The browser's selection still shows the chosen words once they are marked.
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(ERBIL_WORDS);
    await page.getByRole('button', { name: 'Cite on the map' }).tap();
    await expect(page.getByLabel('Search for a place')).toBeVisible();
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('button', { name: 'Incidents' }).tap();
    await expect(page.locator('.editor-record__quote').first()).toContainText(`“${ERBIL_WORDS}” (¶9)`);
  });
});
