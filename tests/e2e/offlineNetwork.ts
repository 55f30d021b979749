import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_TILE = readFileSync(new URL('../fixtures/tile.png', import.meta.url));

/** Counts of what left (or tried to leave) the page, so a test can assert on them. */
export interface NetworkLog {
  tileRequests: string[];
  abortedRequests: string[];
  consoleErrors: string[];
  /** Brings the tile server back, or takes it down, from the next tile request on. */
  setTiles: (tiles: 'served' | 'down') => void;
}

export function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

export function looksLikeTile(url: URL): boolean {
  return /\/\d+\/\d+\/\d+(@2x)?\.png$/.test(url.pathname);
}

/**
 * Nothing in a test reaches the network: tile requests get a local PNG (or fail, when `tiles` is "down"),
 * every other request that leaves 127.0.0.1 is aborted and logged.
 */
export async function isolateNetwork(page: Page, tiles: 'served' | 'down'): Promise<NetworkLog> {
  let tileMode = tiles;
  const log: NetworkLog = {
    tileRequests: [],
    abortedRequests: [],
    consoleErrors: [],
    setTiles: (mode) => {
      tileMode = mode;
    },
  };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.consoleErrors.push(error.message));
  await page.route(
    (url) => !isLoopback(url),
    async (route) => {
      const url = new URL(route.request().url());
      if (looksLikeTile(url)) {
        log.tileRequests.push(url.href);
        if (tileMode === 'served') {
          await route.fulfill({ status: 200, contentType: 'image/png', body: LOCAL_TILE });
          return;
        }
      } else {
        log.abortedRequests.push(url.href);
      }
      await route.abort('internetdisconnected');
    },
  );
  return log;
}

export const test = base;
export { expect };
