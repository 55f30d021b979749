// The screenshots in docs/languages/: the map, a popup, presentation and the handout in Urdu and Persian, for a person
// to look at for mirroring and clipping. Build and serve first:
//   npx vite build --outDir /tmp/i18n-dist && npx vite preview --outDir /tmp/i18n-dist --port 4395 --host 127.0.0.1
// then: npx tsx tests/e2e/languageScreenshots.ts
import { chromium, type Page } from 'playwright-core';

const BASE = process.env.CITEMAP_SCREENSHOT_BASE ?? 'http://127.0.0.1:4395/';
const OUT = new URL('../../docs/languages/', import.meta.url);
const STRIKE = 'strike-panjgur-2024-01-16';

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(800);
}

async function shoot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: new URL(name, OUT).pathname, animations: 'disabled' });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const lang of ['ur', 'fa']) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    await page.goto(`${BASE}?lang=${lang}&basemap=offline`);
    await page.locator('.incident-icon').first().waitFor();
    await shoot(page, `map-${lang}.png`);

    await page.locator(`.incident-row[data-incident-id="${STRIKE}"] button`).first().click();
    await page.locator('.leaflet-popup').waitFor();
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.leaflet-popup') as Element).opacity === '1',
    );
    await shoot(page, `popup-${lang}.png`);

    await page.keyboard.press('Escape');
    await page.locator('[aria-keyshortcuts="P"]').click();
    await page.locator('.presentation-card').waitFor();
    await page.keyboard.press('ArrowLeft');
    await shoot(page, `presentation-${lang}.png`);

    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.locator('.print-more').locator('xpath=preceding-sibling::button[1]').click();
    await page.locator('.print-handout').waitFor({ state: 'attached' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    // As the browser's own Print does: the camera refits the map to the story at paper size.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForTimeout(1500);
    await settle(page);
    await page.screenshot({ path: new URL(`handout-${lang}.png`, OUT).pathname, fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
}
