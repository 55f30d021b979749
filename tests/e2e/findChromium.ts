import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const HOW_TO_INSTALL = [
  'No Chromium found for the browser tests. Install one of these, then run the tests again:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium      (gives /usr/bin/chromium)',
  '  - any system:    set CHROMIUM_PATH=/path/to/chromium-or-chrome',
  '  - with network:  npx playwright install chromium',
].join('\n');

/**
 * Only loopback is reachable on these machines: these flags stop Chromium's own background traffic. Playwright adds
 * --headless and --user-data-dir itself (passing --user-data-dir here makes the launch throw).
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Finds a Chromium to drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a Playwright-installed browser. */
export function findChromium(): string {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (existsSync(fromEnvironment)) return fromEnvironment;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, but no file is there.\n\n${HOW_TO_INSTALL}`);
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', safePlaywrightPath()]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(HOW_TO_INSTALL);
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
