import { defineConfig, devices } from '@playwright/test';
import { findChromium, QUIET_CHROMIUM_ARGS } from './tests/e2e/findChromium.ts';

// The browser tests run the production build under a sub-path, as a static host would serve it.
// CITEMAP_E2E_PORT lets two runs of the browser tests work side by side (each builds into its own folder).
export const E2E_PORT = Number(process.env.CITEMAP_E2E_PORT ?? 4174);
export const E2E_BASE = '/citemap/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A limit against a hang, not a timing (no browser test measures speed): the editor's longest journeys take 7 to 25 s
  // on the 2-core build machine and went past the default 30 s when it was busy.
  timeout: 60_000,
  reporter: 'list',
  outputDir: `test-results/${E2E_PORT}`,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
    launchOptions: {
      executablePath: findChromium(),
      args: QUIET_CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    // The built app registers a service worker; requests it answers bypass page.route, which most tests use to serve
    // fixtures and keep the network out. Only the offline-app journeys (offlineApp.spec.ts) let it run.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite build --outDir dist-e2e/${E2E_PORT} --emptyOutDir --logLevel warn && npx vite preview --outDir dist-e2e/${E2E_PORT} --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
    env: { CITEMAP_BASE: E2E_BASE },
    url: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
