import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { checkStoryReferences } from '../src/data/load/checkStoryReferences.ts';
import { StorySchema, type Story } from '../src/model/story.ts';
import { launchChromium } from './browser.ts';
import { appWithStory, buildAllPages, PAGES, REPO_ROOT, RESULTS_DIR, STORY_DATA_PATH } from './buildPages.ts';
import { readByteBudget } from './byteBudget.ts';
import { measureFirstLoad } from './firstLoad.ts';
import { runLighthouse } from './lighthouse.ts';
import { summariseLighthouse, type LighthouseRun, type LighthouseSummary } from './lighthouseSummary.ts';
import { generateStory } from './generateStory.ts';
import { measureSession, type SessionPlan, type SessionResult, type SessionSettings } from './measureSession.ts';
import { parseBenchOptions, USAGE, type BenchOptions } from './options.ts';
import { describeOutcome, type Outcome } from './outcome.ts';
import {
  lighthouseTableLines,
  rowsOf,
  scaleFigures,
  STORY_FIGURES,
  tableLines,
  throttledFigures,
  type Phase,
  type Row,
} from './report.ts';
import { formatBytes, formatMs } from './stats.ts';
import { startStaticServer, warmUp, type StaticServer } from './staticServer.ts';
import { englishChecksI18n } from '../src/i18n/englishChecks.ts';

const log = (line: string) => console.log(line);

function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

function brief(outcome: Outcome, unit: 'ms' | 'bytes'): string {
  if (outcome.status === 'ok') return unit === 'ms' ? formatMs(outcome.value) : formatBytes(outcome.value);
  return describeOutcome(outcome);
}

function describeSession(result: SessionResult): string {
  const parts = [
    `drawn ${brief(result.drawnMs, 'ms')}${result.drawMethod === 'settled' ? ' (settled)' : ''}`,
    result.iconCount === null ? null : `${result.iconCount} icons`,
    result.dataReceivedMs === null ? null : `data in at ${formatMs(result.dataReceivedMs)}`,
    result.bytes === null ? null : `JS ${formatBytes(result.bytes.js)}`,
    `heap ${brief(result.heapBytes, 'bytes')}`,
    result.popupMs.status === 'skipped' ? null : `popup ${brief(result.popupMs, 'ms')}`,
    result.panMs.status === 'skipped' ? null : `pan ${brief(result.panMs, 'ms')}`,
    result.zoomMs.status === 'skipped' ? null : `zoom ${brief(result.zoomMs, 'ms')}`,
    result.pageErrors.length > 0 ? `${result.pageErrors.length} page errors` : null,
    result.blockedRequests.length > 0 ? `${result.blockedRequests.length} blocked requests` : null,
  ];
  return parts.filter((part) => part !== null).join(', ');
}

/** A session that was not run, with the reason in every figure. */
function skippedSession(target: string, reason: string): SessionResult {
  const skipped: Outcome = { status: 'skipped', reason };
  return {
    target,
    drawnMs: skipped,
    drawMethod: null,
    iconCount: null,
    dataReceivedMs: null,
    bytes: null,
    heapBytes: skipped,
    popupMs: skipped,
    panMs: skipped,
    zoomMs: skipped,
    tileRequests: 0,
    blockedRequests: [],
    pageErrors: [],
    pageTextWhenStuck: null,
  };
}

class SessionRunner {
  private browser: Browser | null = null;
  constructor(
    private readonly settings: SessionSettings,
    private readonly deadline: number,
  ) {}

  async run(plan: SessionPlan): Promise<SessionResult> {
    if (Date.now() > this.deadline) return skippedSession(plan.target, 'the run reached --max-minutes');
    this.browser ??= await launchChromium();
    const { result, browserHealthy } = await measureSession(this.browser, plan, this.settings);
    if (!browserHealthy) {
      log('  (a page would not close: restarting Chromium)');
      await this.close();
    }
    return result;
  }

  async version(): Promise<string> {
    this.browser ??= await launchChromium();
    return this.browser.version();
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser !== null) await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  }
}

interface PhaseSetup {
  id: string;
  title: string;
  incidents: number;
  baselineTarget: 'baseline' | 'baseline-clustered';
  targets: { target: string; plan: SessionPlan }[];
}

/** Runs every target of a phase once per run, app first, alternating (ABAB…), each load in a fresh context. */
async function runPhase(setup: PhaseSetup, runner: SessionRunner, options: BenchOptions): Promise<Phase> {
  log(`\n== ${setup.title} ==`);
  const sessions: Phase['sessions'] = [];
  const gaveUp = new Map<string, string>();
  for (let run = 1; run <= options.runs; run += 1) {
    for (const { target, plan } of setup.targets) {
      const reason = gaveUp.get(target);
      const result = reason === undefined ? await runner.run(plan) : skippedSession(target, reason);
      sessions.push({ run, result });
      log(`  run ${run}/${options.runs} ${target}: ${describeSession(result)}`);
      if (result.drawnMs.status === 'timeout') {
        gaveUp.set(target, `did not finish within ${result.drawnMs.limitS} s in run ${run}; later runs skipped`);
        if (result.pageTextWhenStuck) log(`    page text: ${JSON.stringify(result.pageTextWhenStuck.slice(0, 160))}`);
      }
    }
  }
  return {
    id: setup.id,
    title: setup.title,
    incidents: setup.incidents,
    baselineTarget: setup.baselineTarget,
    sessions,
  };
}

function placedIncidents(story: Story): number {
  return story.incidents.features.filter((incident) => incident.geometry !== null).length;
}

function validate(story: Story, label: string): void {
  const started = performance.now();
  // The generated story is plain JSON-shaped data already: parsing it as it is spares a 100 MB copy.
  const parsed = StorySchema.safeParse(story);
  if (!parsed.success)
    throw new Error(`generated story ${label} fails StorySchema: ${parsed.error.message.slice(0, 500)}`);
  const problems = checkStoryReferences(parsed.data, label, englishChecksI18n);
  if (problems.length > 0) throw new Error(`generated story ${label}: ${JSON.stringify(problems.slice(0, 3))}`);
  log(`  validated ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Generates, checks and writes a story of `scale` incidents; the story itself is let go before anything is timed. */
async function prepareScale(realStory: Story, scale: number): Promise<{ appDir: string; placed: number }> {
  const label = scale.toLocaleString('en');
  log(`\ngenerating a story of ${label} incidents`);
  const story = generateStory(realStory, scale);
  validate(story, `${label} incidents`);
  return { appDir: await appWithStory(story, String(scale)), placed: placedIncidents(story) };
}

function mountPhase(server: StaticServer, appDir: string): void {
  server.mount(PAGES.app.prefix, appDir);
  for (const name of ['baseline', 'baseline-clustered', 'floor'] as const) {
    server.mount(PAGES[name].prefix, PAGES[name].dir);
    server.mount(`${PAGES[name].prefix}data/`, join(appDir, 'data'));
  }
}

async function warmPhase(server: StaticServer): Promise<void> {
  const data = [`${STORY_DATA_PATH}/story.json`, `${STORY_DATA_PATH}/basemap.geojson`];
  await warmUp(
    server,
    Object.values(PAGES).flatMap((page) => data.map((path) => `${page.prefix}${path}`)),
  );
}

interface LighthouseReport {
  version: string;
  tilesServed: number;
  runs: LighthouseRun[];
  app: LighthouseSummary;
  baseline: LighthouseSummary;
}

const LIGHTHOUSE_TITLE = 'Lighthouse, mobile preset (simulated slow 4G and 4× CPU): app vs plain Leaflet';

function markdownReport(
  environment: Record<string, string>,
  phases: readonly { phase: Phase; rows: Row[] }[],
  lighthouseReport: LighthouseReport | null,
): string {
  const lines = [
    '# Citemap bench: latest results',
    '',
    'How these are measured, and the limits of each figure: `bench/README.md`.',
    '',
  ];
  lines.push('| | |', '|---|---|', ...Object.entries(environment).map(([key, value]) => `| ${key} | ${value} |`), '');
  for (const { phase, rows } of phases) {
    lines.push(`## ${phase.title}`, '', ...tableLines(rows), '');
    const stuck = phase.sessions.filter(({ result }) => result.pageTextWhenStuck !== null);
    const errors = phase.sessions.flatMap(({ result }) =>
      result.pageErrors.map((error) => `${result.target}: ${error}`),
    );
    const failures = [
      ...rows.flatMap((row) => row.app.failed.map((message) => `app, ${row.label}: failed: ${message}`)),
      ...rows.flatMap((row) =>
        row.baseline.failed.map((message) => `${row.baselineName}, ${row.label}: failed: ${message}`),
      ),
      ...phase.sessions.flatMap(({ run, result }) =>
        [result.drawnMs, result.heapBytes, result.popupMs, result.panMs, result.zoomMs]
          .filter((outcome) => outcome.status === 'timeout')
          .map((outcome) => `run ${run}, ${result.target}: ${describeOutcome(outcome)}`),
      ),
    ];
    if (stuck.length + errors.length + failures.length > 0) {
      lines.push('Notes:', '');
      for (const { run, result } of stuck) {
        lines.push(
          `- run ${run}, ${result.target}: stuck; the page said ${JSON.stringify(result.pageTextWhenStuck?.slice(0, 200))}`,
        );
      }
      for (const error of [...new Set(errors)].slice(0, 10)) lines.push(`- page error: ${error.slice(0, 300)}`);
      for (const failure of [...new Set(failures)].slice(0, 10)) lines.push(`- ${failure}`);
      lines.push('');
    }
  }
  if (lighthouseReport !== null) {
    lines.push(
      `## ${LIGHTHOUSE_TITLE}`,
      '',
      `Lighthouse ${lighthouseReport.version}; ${lighthouseReport.tilesServed} tile requests answered by the local stand-in.`,
      '',
      ...lighthouseTableLines(lighthouseReport.app, lighthouseReport.baseline),
      '',
    );
    const warnings = [...lighthouseReport.app.warnings, ...lighthouseReport.baseline.warnings];
    if (warnings.length > 0) lines.push('Lighthouse said:', '', ...[...new Set(warnings)].map((w) => `- ${w}`), '');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const parsed = parseBenchOptions(process.argv.slice(2));
  if (parsed === 'help') {
    log(USAGE);
    return;
  }
  const options = parsed;
  const startedAt = new Date();
  const deadline = Date.now() + options.maxMinutes * 60_000;
  const loadBefore = loadavg();
  log(
    `Citemap bench: ${options.runs} run(s), scales ${options.scales.join(', ') || 'none'}; load average ${loadBefore.map((value) => value.toFixed(2)).join(' ')} on ${cpus().length} cores`,
  );

  if (options.skipBuild) log('reusing the previous builds (--skip-build)');
  else await buildAllPages(log);

  const firstLoad = await measureFirstLoad(PAGES.app.dir, PAGES.app.prefix);
  const byteBudget = await readByteBudget();
  log(
    `first load JS + CSS (gzip, from the built index.html): ${formatBytes(firstLoad.totalGzipBytes)} in ${firstLoad.files.length} files; budget ${formatBytes(byteBudget.firstLoadGzipBytes)} (bench/byteBudget.json)`,
  );

  const realStory = StorySchema.parse(
    JSON.parse(await readFile(join(PAGES.app.dir, STORY_DATA_PATH, 'story.json'), 'utf8')),
  );
  const server = await startStaticServer({ from: options.portFrom, to: options.portTo });
  log(`serving on ${server.origin}`);
  const settings: SessionSettings = {
    motion: options.motion,
    tiles: options.tiles,
    loadTimeoutS: options.loadTimeoutS,
    actionTimeoutS: options.actionTimeoutS,
  };
  const runner = new SessionRunner(settings, deadline);
  const stop = () => {
    void runner.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const phases: { phase: Phase; rows: Row[] }[] = [];
  let lighthouseReport: LighthouseReport | null = null;
  let chromiumVersion: string;
  try {
    chromiumVersion = await runner.version();
    const plan = (target: keyof typeof PAGES, expectedIcons: number | null, loadOnly = false, cpuThrottle = 1) => ({
      target,
      plan: { target, url: `${server.origin}${PAGES[target].prefix}`, expectedIcons, loadOnly, cpuThrottle },
    });

    mountPhase(server, PAGES.app.dir);
    await warmPhase(server);
    const storyPhase = await runPhase(
      {
        id: 'story',
        title: `The real story (${realStory.incidents.features.length} incidents, ${placedIncidents(realStory)} on the map): app vs plain Leaflet`,
        incidents: realStory.incidents.features.length,
        baselineTarget: 'baseline',
        targets: [plan('app', placedIncidents(realStory)), plan('baseline', null), plan('floor', null, true)],
      },
      runner,
      options,
    );
    phases.push({ phase: storyPhase, rows: rowsOf(storyPhase, STORY_FIGURES) });

    if (options.cpuThrottle > 1) {
      const rate = options.cpuThrottle;
      // Load only: the interactions' probes judge "busy" by frame delays tuned for a normal CPU.
      const throttledPhase = await runPhase(
        {
          id: `story-cpu-${rate}x`,
          title: `The real story with the CPU ${rate}× slower (Emulation.setCPUThrottlingRate): app vs plain Leaflet`,
          incidents: realStory.incidents.features.length,
          baselineTarget: 'baseline',
          targets: [plan('app', placedIncidents(realStory), true, rate), plan('baseline', null, true, rate)],
        },
        runner,
        options,
      );
      phases.push({ phase: throttledPhase, rows: rowsOf(throttledPhase, throttledFigures(rate)) });
    }

    for (const scale of options.scales) {
      const label = scale.toLocaleString('en');
      const { appDir, placed } = await prepareScale(realStory, scale);
      mountPhase(server, appDir);
      await warmPhase(server);
      const phase = await runPhase(
        {
          id: `scale-${scale}`,
          title: `${label} generated incidents: app vs Leaflet + supercluster`,
          incidents: scale,
          baselineTarget: 'baseline-clustered',
          targets: [plan('app', placed), plan('baseline-clustered', null)],
        },
        runner,
        options,
      );
      phases.push({ phase, rows: rowsOf(phase, scaleFigures(scale)) });
    }

    if (options.lighthouse) {
      // Its own Chromium (Lighthouse drives it), after the timed loads so neither disturbs the other.
      await runner.close();
      mountPhase(server, PAGES.app.dir);
      await warmPhase(server);
      log(`\n== ${LIGHTHOUSE_TITLE} ==`);
      const measured = await runLighthouse(
        [
          { target: 'app', url: `${server.origin}${PAGES.app.prefix}` },
          { target: 'baseline', url: `${server.origin}${PAGES.baseline.prefix}` },
        ],
        options.lighthouseRuns,
        log,
      );
      lighthouseReport = {
        ...measured,
        app: summariseLighthouse(measured.runs, 'app'),
        baseline: summariseLighthouse(measured.runs, 'baseline'),
      };
    }
  } finally {
    await runner.close();
    await server.close();
  }

  const environment: Record<string, string> = {
    date: startedAt.toISOString(),
    commit: gitDescription(),
    node: process.version,
    chromium: chromiumVersion,
    cores: String(cpus().length),
    'first load JS + CSS (gzip, from index.html)': `${formatBytes(firstLoad.totalGzipBytes)} (budget ${formatBytes(byteBudget.firstLoadGzipBytes)})`,
    'load average before (1, 5, 15 min)': loadBefore.map((value) => value.toFixed(2)).join(', '),
    'load average after': loadavg()
      .map((value) => value.toFixed(2))
      .join(', '),
    options: `--runs ${options.runs} --scales ${options.scales.join(',') || 'none'} --cpu-throttle ${options.cpuThrottle} --motion ${options.motion} --tiles ${options.tiles} --load-timeout ${options.loadTimeoutS} --action-timeout ${options.actionTimeoutS}${options.lighthouse ? ` --lighthouse-runs ${options.lighthouseRuns}` : ''}`,
    duration: `${((Date.now() - startedAt.getTime()) / 60_000).toFixed(1)} min`,
  };
  for (const { phase, rows } of phases) log(`\n${phase.title}\n${tableLines(rows).join('\n')}`);
  if (lighthouseReport !== null) {
    log(`\n${LIGHTHOUSE_TITLE}\n${lighthouseTableLines(lighthouseReport.app, lighthouseReport.baseline).join('\n')}`);
  }
  log(
    `\nload average before ${environment['load average before (1, 5, 15 min)']}, after ${environment['load average after']} (${cpus().length} cores): above about 1 the figures are noisy.`,
  );

  await mkdir(RESULTS_DIR, { recursive: true });
  const json = {
    environment,
    options,
    firstLoad,
    phases: phases.map(({ phase, rows }) => ({ ...phase, rows })),
    lighthouse: lighthouseReport,
  };
  await writeFile(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(join(RESULTS_DIR, 'latest.md'), `${markdownReport(environment, phases, lighthouseReport)}\n`);
  log(`\nwrote ${join(RESULTS_DIR, 'latest.json')} and latest.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
