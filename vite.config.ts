import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import type { TrustedFile } from './src/data/load/trustedFile.ts';
import { BoundingBoxSchema, type BoundingBox } from './src/model/geojson.ts';
import { cspPlugin } from './vite-plugins/cspPlugin.ts';
import { oembedPlugin } from './vite-plugins/oembedPlugin.ts';
import { compileHintsPlugin } from './vite-plugins/compileHintsPlugin.ts';
import { preloadStoryPlugin } from './vite-plugins/preloadStoryPlugin.ts';
import { stripMessagesPlugin } from './vite-plugins/stripMessagesPlugin.ts';
import { storyShapeValidatorPlugin } from './vite-plugins/storyShapeValidatorPlugin.ts';

// CITEMAP_BASE lets any static host serve the build under a sub-path, e.g. CITEMAP_BASE=/citemap/ npm run build.
const base = process.env.CITEMAP_BASE ?? '/';

/**
 * The deployed app works offline after one visit: a Workbox service worker (generated, not hand-written) precaches the
 * app shell, every code chunk loaded on demand, the built story and its offline basemap, and keeps each story a link
 * opens once it has been read. A new deployment waits for the reader ("A new version is ready: reload") rather than
 * swapping the app under a class mid-lesson; the page registers the worker itself, on demand, after the map is drawn
 * (src/app/useOfflineApp.ts), so the first load carries none of it.
 */
const offlineAppOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['icons/*.png'],
  manifest: {
    name: 'Citemap: a map in which every mark cites its source',
    short_name: 'Citemap',
    description: 'An interactive conflict map in which every mark cites the exact words that report it.',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#f3efe6',
    theme_color: '#1f3a5f',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The fonts too (about 460 kB, the four languages' faces): offline, a classroom in Urdu, Persian or Hindi
    // otherwise got empty boxes wherever the computer has no face of its own for the script. The editor's place list
    // (4.7 MB) is not: it is kept once the editor has loaded it online (runtimeCaching below).
    globPatterns: ['**/*.{js,css,html,png,svg,json,geojson,webmanifest,woff2}'],
    // Source maps are for developers, not for a classroom with no network.
    globIgnores: ['**/*.map'],
    // Any link into the app (?incident=…, ?story=…) is the one page; a data file opened directly stays a file. Workbox
    // tests these against path and query together: a query that names a .json file must not count.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^[^?]*\.(?:json|geojson)(?:\?.*)?$/i],
    runtimeCaching: [
      {
        // A story opened by link (?story=…, from this site or another that allows it): fetched fresh when the network
        // answers, from the copy kept the last time when it does not.
        urlPattern: ({ request }) => request.destination === '' && request.method === 'GET',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'citemap-stories-opened-by-link',
          networkTimeoutSeconds: 10,
          expiration: { maxEntries: 40 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
};

/**
 * One of the built story's data files (`story.json`, `basemap.geojson`) as the browser will recognise it, its SHA-256
 * and length, baked into the app: the browser does not validate again what the data build validated
 * (src/data/load/trustedFile.ts). Null when the build has no such file: then it is validated as any other. Read when
 * the app is built, so a story rebuilt later is validated until the next build.
 */
function fingerprintOf(text: string | undefined): TrustedFile | null {
  return text === undefined
    ? null
    : { sha256: createHash('sha256').update(text).digest('hex'), textLength: text.length };
}

/** One of the built story's data files as the data build wrote it, if the build has it. */
function builtDataText(fileName: string): string | undefined {
  const storyId = loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'VITE_').VITE_STORY_ID;
  const file = `public/data/${storyId}/${fileName}`;
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * The built story's default bounds, baked into the app like its hash: the page fetches the tiles its map opens on
 * while the story itself downloads (src/map/basemap/OpeningTiles.tsx). Checked against the story format's schema.
 */
function boundsOf(text: string | undefined): BoundingBox | null {
  if (text === undefined) return null;
  return BoundingBoxSchema.parse((JSON.parse(text) as { defaultBounds?: unknown }).defaultBounds);
}

const builtStory = builtDataText('story.json');
const builtBasemap = builtDataText('basemap.geojson');

export default defineConfig({
  base,
  define: {
    'import.meta.env.VITE_TRUSTED_STORY': JSON.stringify(fingerprintOf(builtStory)),
    'import.meta.env.VITE_STORY_BOUNDS': JSON.stringify(boundsOf(builtStory)),
    'import.meta.env.VITE_TRUSTED_BASEMAP': JSON.stringify(fingerprintOf(builtBasemap)),
  },
  plugins: [
    stripMessagesPlugin(new URL('./src/i18n/catalogs', import.meta.url).pathname),
    react(),
    cspPlugin(),
    preloadStoryPlugin(),
    compileHintsPlugin(),
    VitePWA(offlineAppOptions),
    oembedPlugin(process.env.CITEMAP_PUBLIC_URL),
    // For the tests and the dev server; the worker's build has its own plugins (below).
    storyShapeValidatorPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser the es2022 target reaches preloads modules itself (Safari 16 just loads chunks when asked):
    // the polyfill would be a kilobyte of script in front of the map for nothing.
    modulePreload: { polyfill: false },
    // React and Leaflet in chunks of their own (the page preloads them beside the entry): they change only when a
    // dependency is upgraded, so a browser keeps them cached across deploys of the app's own code, and no chunk comes
    // near Vite's 500 kB warning, which thus stays meaningful for the app's own chunks. Costs about 0.4 kB gzip of
    // chunk headers and three more requests, all in parallel. Only packages the first view needs are named: a
    // catch-all node_modules group would drag on-demand code (supercluster) into the first load.
    rolldownOptions: {
      // No "PLUGIN_TIMINGS" warning: Rolldown times each plugin against the build and warns when a callback runs long,
      // which here is the offline app's precache (vite-plugin-pwa's closeBundle) and the worker's own bundle, a few
      // seconds on a busy two-core machine. It tells a newcomer running `npm start` nothing to act on (issue 16: the
      // README's commands print nothing alarming); `npm run bench` measures the build's speed where it matters.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  // The story reader's worker (readStoryTextOffMainThread) is a module, like the page: it loads the readers of KML,
  // CSV and reprojection on demand, which an IIFE worker cannot.
  // Its plugins: the compiled story shape, which only the worker imports (config.plugins do not reach a worker's build).
  worker: { format: 'es', plugins: () => [storyShapeValidatorPlugin()] },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/data/**/*.test.ts',
      'tests/data/**/*.test.tsx',
      'tests/component/**/*.test.tsx',
      // Builds the app and checks its first load against bench/byteBudget.json, so CI enforces the budget.
      'tests/budget/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // No test here measures time; the limit only catches a hang. Vitest's 5 s default failed a component test that
    // renders 200 list rows (6.6 s) on a slow day of the 2-core build machine.
    testTimeout: 30_000,
  },
});
