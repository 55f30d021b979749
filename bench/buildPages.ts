import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig } from 'vite';
import type { Story } from '../src/model/story.ts';

export const REPO_ROOT = new URL('..', import.meta.url).pathname;
export const BENCH_ROOT = join(REPO_ROOT, 'bench');
export const RESULTS_DIR = join(BENCH_ROOT, 'results');
/** Under results/, which git and lint already ignore. */
export const BUILD_DIR = join(RESULTS_DIR, 'build');
export const STORY_DATA_PATH = 'data/iran-pakistan-2024';

/** What the bench serves: each page under its own URL prefix, built with that prefix as its base. */
export const PAGES = {
  app: { prefix: '/app/', dir: join(BUILD_DIR, 'app') },
  baseline: { prefix: '/baseline/', dir: join(BUILD_DIR, 'baseline') },
  'baseline-clustered': { prefix: '/baseline-clustered/', dir: join(BUILD_DIR, 'baseline-clustered') },
  floor: { prefix: '/floor/', dir: join(BUILD_DIR, 'floor') },
} as const;
export type PageName = keyof typeof PAGES;

const QUIET: Pick<InlineConfig, 'logLevel' | 'clearScreen' | 'mode'> = {
  logLevel: 'warn',
  clearScreen: false,
  mode: 'production',
};

/**
 * The app exactly as `vite build` makes it (the repo's vite.config.ts), only under /app/. Its tile source is the
 * default (OpenStreetMap), whatever the shell says, so the harness can answer its tile requests. `alias` and `minify`
 * are for the profiler's variant of the build (React's profiling build, with components' names kept), never for a
 * measured one.
 */
export async function buildApp(
  target: { base: string; outDir: string; alias?: Record<string, string>; minify?: boolean } = {
    base: PAGES.app.prefix,
    outDir: PAGES.app.dir,
  },
): Promise<void> {
  delete process.env.VITE_TILE_URL;
  delete process.env.VITE_TILE_ATTRIBUTION;
  await build({
    ...QUIET,
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    base: target.base,
    ...(target.alias === undefined ? {} : { resolve: { alias: target.alias } }),
    build: { outDir: target.outDir, emptyOutDir: true, ...(target.minify === false ? { minify: false } : {}) },
  });
}

/** A bench page: its own root, no config file, the app's JS target, so bytes compare like with like. */
async function buildBenchPage(name: Exclude<PageName, 'app'>): Promise<void> {
  await build({
    ...QUIET,
    configFile: false,
    root: join(BENCH_ROOT, name),
    base: PAGES[name].prefix,
    publicDir: false,
    plugins: name === 'floor' ? [react()] : [],
    build: { outDir: PAGES[name].dir, emptyOutDir: true, target: 'es2022' },
  });
}

export async function buildAllPages(log: (line: string) => void): Promise<void> {
  await mkdir(BUILD_DIR, { recursive: true });
  for (const name of Object.keys(PAGES) as PageName[]) {
    const started = performance.now();
    if (name === 'app') await buildApp();
    else await buildBenchPage(name);
    log(`built ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s → ${PAGES[name].dir}`);
  }
}

/** A copy of the built app whose story.json is `story`: the app itself is not changed. */
export async function appWithStory(story: Story, label: string): Promise<string> {
  const dir = join(BUILD_DIR, `app-${label}`);
  await rm(dir, { recursive: true, force: true });
  await cp(PAGES.app.dir, dir, { recursive: true });
  await writeFile(join(dir, STORY_DATA_PATH, 'story.json'), JSON.stringify(story));
  return dir;
}
