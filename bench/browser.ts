import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Request } from '@playwright/test';
import { findChromium, QUIET_CHROMIUM_ARGS } from '../tests/e2e/findChromium.ts';
import { isLoopback, looksLikeTile } from '../tests/e2e/offlineNetwork.ts';
import { REPO_ROOT } from './buildPages.ts';

const LOCAL_TILE = readFileSync(`${REPO_ROOT}tests/fixtures/tile.png`);

export const VIEWPORT = { width: 1280, height: 800 };

/** Debian's Chromium, headless, with its own background traffic off; anything not on 127.0.0.1 fails to resolve. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [...QUIET_CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}

export type ByteKind = 'html' | 'js' | 'css' | 'data' | 'other';

/** What the page fetched from the bench server, body bytes as transferred (gzip where the server compressed). */
export interface TransferLog {
  bytes: Record<ByteKind, number>;
  requests: number;
  tileRequests: number;
  blockedRequests: string[];
  /** Waits for the sizes of finished requests, then freezes the totals (later requests are not counted). */
  settle: () => Promise<void>;
}

/** The story's files: JSON or GeoJSON, however the page asked for them. */
export function isDataFile(url: string): boolean {
  return /\.(geo)?json$/.test(new URL(url).pathname);
}

function kindOf(request: Request): ByteKind {
  switch (request.resourceType()) {
    case 'document':
      return 'html';
    case 'script':
      return 'js';
    case 'stylesheet':
      return 'css';
    case 'fetch':
    case 'xhr':
      return 'data';
    default:
      // A data file preloaded from the page's <head> (`<link rel="preload" as="fetch">`) is reported as "other".
      return isDataFile(request.url()) ? 'data' : 'other';
  }
}

/**
 * A fresh context for one page load: an empty cache, the emulated motion preference, tile requests answered with the
 * test fixture PNG (or failed, for `tiles: "down"`), every other request that leaves 127.0.0.1 aborted and logged.
 */
export async function isolatedContext(
  browser: Browser,
  settings: { motion: 'reduce' | 'no-preference'; tiles: 'served' | 'down' },
): Promise<{ context: BrowserContext; transfers: TransferLog }> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    reducedMotion: settings.motion,
    serviceWorkers: 'block',
  });
  const bytes: Record<ByteKind, number> = { html: 0, js: 0, css: 0, data: 0, other: 0 };
  const pending: Promise<void>[] = [];
  let frozen = false;
  const transfers: TransferLog = {
    bytes,
    requests: 0,
    tileRequests: 0,
    blockedRequests: [],
    settle: async () => {
      await Promise.all(pending);
      frozen = true;
    },
  };
  await context.route(
    (url) => !isLoopback(url),
    async (route) => {
      const url = new URL(route.request().url());
      if (looksLikeTile(url)) {
        transfers.tileRequests += 1;
        if (settings.tiles === 'served') {
          await route.fulfill({ status: 200, contentType: 'image/png', body: LOCAL_TILE });
          return;
        }
      } else {
        transfers.blockedRequests.push(url.href);
      }
      await route.abort('internetdisconnected');
    },
  );
  context.on('requestfinished', (request) => {
    if (frozen || !isLoopback(new URL(request.url()))) return;
    transfers.requests += 1;
    pending.push(
      request
        .sizes()
        .then((sizes) => {
          if (!frozen) bytes[kindOf(request)] += sizes.responseBodySize;
        })
        .catch(() => undefined),
    );
  });
  return { context, transfers };
}
