import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, QUIET_CHROMIUM_ARGS } from '../tests/e2e/findChromium.ts';
import type { LighthouseRun } from './lighthouseSummary.ts';
import { startTileServer, TILE_HOST } from './tileServer.ts';

interface AuditLike {
  numericValue?: number;
}

function numeric(audits: Record<string, AuditLike | undefined>, id: string): number | null {
  const value = audits[id]?.numericValue;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Lighthouse's default configuration (the mobile preset: a Moto G Power's screen, "slow 4G" and a 4× slower CPU,
 * simulated from one unthrottled load) on each page in turn, app first, `runs` times, all in one headless Chromium
 * started by chrome-launcher with the flags the tests use. Nothing leaves 127.0.0.1: tiles come from a local HTTPS
 * stand-in for the tile server, and every other host fails to resolve.
 */
export async function runLighthouse(
  pages: readonly { target: string; url: string }[],
  runs: number,
  log: (line: string) => void,
): Promise<{ runs: LighthouseRun[]; tilesServed: number; version: string }> {
  const tiles = await startTileServer();
  let chrome: LaunchedChrome | null = null;
  const results: LighthouseRun[] = [];
  let version = 'unknown';
  try {
    chrome = await launch({
      chromePath: findChromium(),
      logLevel: 'silent',
      chromeFlags: [
        '--headless=new',
        ...QUIET_CHROMIUM_ARGS,
        `--host-resolver-rules=MAP ${TILE_HOST} 127.0.0.1:${tiles.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
        // For the tile stand-in's self-signed certificate only: every other host fails to resolve.
        '--ignore-certificate-errors',
      ],
    });
    for (let run = 1; run <= runs; run += 1) {
      for (const { target, url } of pages) {
        const result = await lighthouseOnce(chrome.port, target, url, run);
        results.push(result.run);
        if (result.version !== null) version = result.version;
        log(`  lighthouse run ${run}/${runs} ${target}: ${describeRun(result.run)}`);
      }
    }
  } finally {
    chrome?.kill();
    await tiles.close();
  }
  return { runs: results, tilesServed: tiles.served(), version };
}

async function lighthouseOnce(
  port: number,
  target: string,
  url: string,
  run: number,
): Promise<{ run: LighthouseRun; version: string | null }> {
  const empty: LighthouseRun = {
    target,
    run,
    performance: null,
    fcpMs: null,
    lcpMs: null,
    tbtMs: null,
    speedIndexMs: null,
    cls: null,
    warnings: [],
    error: null,
  };
  try {
    const result = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
    if (result === undefined) return { run: { ...empty, error: 'Lighthouse returned nothing' }, version: null };
    const { lhr } = result;
    const audits = lhr.audits as Record<string, AuditLike | undefined>;
    const score = lhr.categories.performance?.score;
    return {
      run: {
        ...empty,
        performance: typeof score === 'number' ? Math.round(score * 100) : null,
        fcpMs: numeric(audits, 'first-contentful-paint'),
        lcpMs: numeric(audits, 'largest-contentful-paint'),
        tbtMs: numeric(audits, 'total-blocking-time'),
        speedIndexMs: numeric(audits, 'speed-index'),
        cls: numeric(audits, 'cumulative-layout-shift'),
        warnings: lhr.runWarnings.map(String),
        error: lhr.runtimeError?.message ?? null,
      },
      version: lhr.lighthouseVersion,
    };
  } catch (error) {
    return { run: { ...empty, error: error instanceof Error ? error.message : String(error) }, version: null };
  }
}

function describeRun(run: LighthouseRun): string {
  if (run.error !== null) return `failed: ${run.error}`;
  const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);
  return `score ${run.performance ?? '—'}, FCP ${ms(run.fcpMs)}, LCP ${ms(run.lcpMs)}, TBT ${ms(run.tbtMs)}, SI ${ms(run.speedIndexMs)}`;
}
