import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The story file the built app asks for on its own, whatever base path it is served under. */
const DEFAULT_STORY = '**/data/iran-pakistan-2024/story.json';

export function readFixtureText(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}

/** Serves a fixture in place of the build's own story: the app then loads it as it would the real one. */
export async function serveStoryInstead(page: Page, fixturePath: string): Promise<void> {
  const body = readFixtureText(fixturePath);
  await page.route(DEFAULT_STORY, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

/** Counts Content-Security-Policy violations from the first script on, before the app's own code runs. */
export async function countPolicyViolations(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counted = window as unknown as { __cspViolations: number };
    counted.__cspViolations = 0;
    document.addEventListener('securitypolicyviolation', () => {
      counted.__cspViolations += 1;
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: number }).__cspViolations);
}

/** True when the page is no wider than the window: long words in the data must wrap, not push the page sideways. */
export function pageFitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}
