import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Browser } from '@playwright/test';
import { isolatedContext, launchChromium } from './browser.ts';
import { BUILD_DIR, buildApp, PAGES, RESULTS_DIR } from './buildPages.ts';
import { firstLoadAssets } from './firstLoad.ts';
import { installLoadProbe, NAME_HELPER_SHIM, type LoadProbeState } from './pageProbes.ts';
import { startStaticServer, warmUp } from './staticServer.ts';
import { formatMs, median } from './stats.ts';

/**
 * Where the built app's time to first marks goes: `npx tsx bench/profile.ts [--runs N] [--rates 1,4] [--skip-build]`.
 *
 * Each load is the bench's own (fresh context, tiles answered locally, reduced motion, the load probe), recorded with a
 * Chromium performance trace that carries V8's sampling CPU profile. From navigation to the frame that showed every
 * incident, each main-thread CPU sample is put in one bucket: first by the trace event it falls in (script compile,
 * garbage collection, style and layout, paint, HTML parsing), else by the source file of the JS function on top of the
 * stack (through the build's source maps: React, Leaflet, zod, or a folder of src/), else idle or other browser work.
 * A second view follows the stack down instead, to charge a sample to the story's loading and validation or to the
 * offline basemap wherever the work happens underneath them. React's profiling build, loaded separately (its own
 * timing has a cost, so only its shares are used), names the components whose first render takes the time.
 */

const STORY_URL = /\/data\/[^/]+\/story\.json$/;
const BASEMAP_URL = /\/data\/[^/]+\/basemap\.geojson$/;
const PROFILING_PREFIX = '/app-react-profiling/';
const PROFILING_DIR = join(BUILD_DIR, 'app-react-profiling');
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown>; name?: string };
}

interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

/** The trace events of one load, and where in them the app's page lives. */
interface LoadTrace {
  events: TraceEvent[];
  pid: number;
  mainTid: number;
  navigationTs: number;
  drawnMs: number;
}

/**
 * React's profiling build times components only when a DevTools hook is present (it turns on the root's profile mode);
 * this stand-in does nothing else.
 */
const REACT_DEVTOOLS_STAND_IN = `globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true, inject() { return 1; }, checkDCE() {}, onScheduleFiberRoot() {},
  onCommitFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
};`;

async function tracedLoad(
  browser: Browser,
  url: string,
  rate: number,
  expectedIcons: number,
  reactProfiling = false,
): Promise<LoadTrace> {
  // React's profiling loads go on 1.5 s past the drawn frame: what the page renders after its first marks shows there.
  const afterDrawnMs = reactProfiling ? 1500 : 0;
  const { context } = await isolatedContext(browser, { motion: 'reduce', tiles: 'served' });
  try {
    const page = await context.newPage();
    if (rate > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    await page.addInitScript({ content: NAME_HELPER_SHIM });
    if (reactProfiling) await page.addInitScript({ content: REACT_DEVTOOLS_STAND_IN });
    await page.addInitScript(installLoadProbe, { expected: expectedIcons, quietMs: 1500, busyFrameMs: 100 });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchLoad?.done === true, undefined, { timeout: 60_000, polling: 100 });
    const load = await page.evaluate((): LoadProbeState | undefined => window.__benchLoad);
    if (load?.drawnAt == null) throw new Error(`the load probe gave no time: ${load?.error ?? 'unknown'}`);
    if (afterDrawnMs > 0) await page.waitForTimeout(afterDrawnMs);
    const raw = JSON.parse((await browser.stopTracing()).toString('utf8')) as
      { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(raw) ? raw : raw.traceEvents;
    const navigation = events.find(
      (event) => event.name === 'navigationStart' && text(event.args?.data?.documentLoaderURL).startsWith(url),
    );
    if (navigation === undefined) throw new Error('no navigationStart for the page in the trace');
    return {
      events,
      pid: navigation.pid,
      mainTid: navigation.tid,
      navigationTs: navigation.ts,
      drawnMs: load.drawnAt,
    };
  } finally {
    await context.close();
  }
}

/** Milliseconds from navigation at which each request of interest finished (or was sent). */
function networkMilestones(trace: LoadTrace, firstLoadScripts: ReadonlySet<string>): Record<string, number | null> {
  const sent = new Map<string, { url: string; ts: number }>();
  const finished = new Map<string, number>();
  for (const event of trace.events) {
    const data = event.args?.data;
    const requestId = typeof data?.requestId === 'string' ? data.requestId : null;
    if (requestId === null) continue;
    if (event.name === 'ResourceSendRequest' && typeof data?.url === 'string') {
      sent.set(requestId, { url: data.url, ts: event.ts });
    }
    if (event.name === 'ResourceFinish') finished.set(requestId, event.ts);
  }
  const since = (ts: number | undefined) => (ts === undefined ? null : (ts - trace.navigationTs) / 1000);
  const requests = [...sent].map(([id, { url, ts }]) => ({ url, sentMs: since(ts), doneMs: since(finished.get(id)) }));
  const latest = (values: (number | null)[]) =>
    values.some((value) => value === null) || values.length === 0 ? null : Math.max(...(values as number[]));
  const find = (pattern: RegExp) => requests.find((request) => pattern.test(request.url));
  const tiles = requests.filter((request) => request.url.includes('tile.openstreetmap.org'));
  return {
    // The entry runs once every module it imports statically has arrived: the last of the page's first scripts.
    'first-load scripts received': latest(
      requests
        .filter((request) => firstLoadScripts.has(new URL(request.url).pathname))
        .map((request) => request.doneMs),
    ),
    'story.json received': find(STORY_URL)?.doneMs ?? null,
    'basemap.geojson requested': find(BASEMAP_URL)?.sentMs ?? null,
    'basemap.geojson received': find(BASEMAP_URL)?.doneMs ?? null,
    'first tile requested': tiles.length === 0 ? null : Math.min(...tiles.map((tile) => tile.sentMs ?? Infinity)),
    'every incident drawn (probe)': trace.drawnMs,
  };
}

const EVENT_BUCKETS: [RegExp, string][] = [
  [
    /^(v8\.compile|v8\.compileModule|V8\.CompileLazy|V8\.CompileCode|v8\.produceCache|v8\.produceModuleCache)$/,
    'compile',
  ],
  [/^(MinorGC|MajorGC|V8\.GC_.*|BlinkGC\..*|V8\.GCScavenger)$/, 'gc'],
  [/^(UpdateLayoutTree|Layout|RecalculateStyles)$/, 'style'],
  [/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|PaintImage|Decode Image)$/, 'paint'],
  [/^(ParseHTML|HTMLDocumentParser::PumpTokenizerIfPossible)$/, 'html'],
  // The app runs no classic script: these are Playwright's injected scripts, its polling, and the probe's start-up.
  [/^(EvaluateScript|CpuProfiler::StartProfiling)$/, 'harness'],
];

export const BUCKET_LABELS: Record<string, string> = {
  idle: 'main thread idle (waiting for the network or a timer)',
  html: 'HTML parsing',
  compile: 'script compile on the main thread',
  'js:react': 'JS: React (react-dom, scheduler)',
  'js:leaflet': 'JS: Leaflet and react-leaflet',
  'js:zod': 'JS: zod (validating the story)',
  'js:src/map': 'JS: src/map (map layers, markers, labels)',
  'js:src/panels': 'JS: src/panels (list, article, timeline, legend…)',
  'js:src/data': 'JS: src/data and src/model (loading, formatting)',
  'js:src/app': 'JS: src/app and src/state (composition, view state)',
  'js:entry-top-level': "JS: the entry chunk's own top level (module evaluation)",
  'js:other': 'JS: no script of the app on the stack (the probe, builtins)',
  harness: "the harness (Playwright's injected scripts and polling, starting the profiler)",
  gc: 'garbage collection',
  style: 'style and layout',
  paint: 'paint, layerize and commit',
  program: 'other browser work (loading, tasks without finer trace events)',
};

function jsBucketOf(source: string): string {
  if (/node_modules\/(react|react-dom|scheduler)\//.test(source)) return 'js:react';
  if (/node_modules\/(leaflet|react-leaflet|@react-leaflet\/[^/]+)\//.test(source)) return 'js:leaflet';
  if (/node_modules\/zod\//.test(source)) return 'js:zod';
  const folder = /(?:^|\/)src\/([a-z]+)\//.exec(source)?.[1];
  if (folder === 'map') return 'js:src/map';
  if (folder === 'panels') return 'js:src/panels';
  if (folder === 'data' || folder === 'model' || folder === 'spatial') return 'js:src/data';
  if (folder === 'app' || folder === 'state' || /(?:^|\/)src\/[^/]+$/.test(source)) return 'js:src/app';
  return 'js:other';
}

/** Code the source map has no source for: a chunk's own top level, named after the chunk. */
function chunkBucketOf(url: string): string {
  const name = /\/assets\/([A-Za-z-]+?)-[\w-]{8}\.js$/.exec(url)?.[1];
  if (name === 'react') return 'js:react';
  if (name === 'leaflet') return 'js:leaflet';
  if (name === 'index') return 'js:entry-top-level';
  return 'js:other';
}

/** Maps a script URL and position to the original source file, through the build's source maps. */
class SourceResolver {
  private readonly maps = new Map<string, Promise<TraceMap | null>>();
  constructor(
    private readonly prefix: string,
    private readonly dir: string,
  ) {}

  private mapOf(url: string): Promise<TraceMap | null> {
    let map = this.maps.get(url);
    if (map === undefined) {
      const path = new URL(url).pathname;
      map = path.startsWith(this.prefix)
        ? readFile(join(this.dir, `${path.slice(this.prefix.length)}.map`), 'utf8')
            .then((text) => new TraceMap(text))
            .catch(() => null)
        : Promise.resolve(null);
      this.maps.set(url, map);
    }
    return map;
  }

  async sourceOf(frame: CallFrame): Promise<string | null> {
    if (!frame.url) return null;
    const map = await this.mapOf(frame.url);
    if (map === null) return frame.url;
    const position = originalPositionFor(map, { line: (frame.lineNumber ?? 0) + 1, column: frame.columnNumber ?? 0 });
    return position.source ?? frame.url;
  }
}

interface Sample {
  ts: number;
  weightUs: number;
  stack: CallFrame[];
}

/** The main thread's CPU samples between navigation and the drawn frame, each weighted by the time it stands for. */
function mainThreadSamples(trace: LoadTrace, endTs: number): Sample[] {
  const profileEvents = trace.events.filter((event) => event.pid === trace.pid && event.name === 'Profile');
  // The profile of the renderer's main thread is the one whose first chunk carries its script frames; the profiler
  // runs on a thread of its own, so the profile is matched by its id, not by tid.
  const samples: Sample[] = [];
  for (const profile of profileEvents) {
    const nodes = new Map<number, ProfileNode>();
    let ts = Number((profile.args?.data?.startTime as number | undefined) ?? profile.ts);
    const times: number[] = [];
    const ids: number[] = [];
    for (const chunk of trace.events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== trace.pid || chunk.id !== profile.id) continue;
      const data = chunk.args?.data as
        { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const deltas = data?.timeDeltas ?? [];
      (data?.cpuProfile?.samples ?? []).forEach((id, index) => {
        ts += deltas[index] ?? 0;
        times.push(ts);
        ids.push(id);
      });
    }
    for (let index = 0; index < ids.length; index += 1) {
      const start = times[index] ?? 0;
      const end = Math.min(times[index + 1] ?? start, endTs);
      if (start < trace.navigationTs || start >= endTs || end <= start) continue;
      const stack: CallFrame[] = [];
      for (let node = nodes.get(ids[index] ?? -1); node !== undefined; node = nodes.get(node.parent ?? -1)) {
        stack.push(node.callFrame);
      }
      samples.push({ ts: start, weightUs: end - start, stack });
    }
  }
  return samples;
}

/** Main-thread trace events that decide a sample's bucket, as [start, end, bucket], sorted by start. */
function bucketIntervals(trace: LoadTrace): [number, number, string][] {
  const intervals: [number, number, string][] = [];
  for (const event of trace.events) {
    if (event.pid !== trace.pid || event.tid !== trace.mainTid || event.ph !== 'X' || event.dur === undefined) continue;
    const bucket = EVENT_BUCKETS.find(([pattern]) => pattern.test(event.name))?.[1];
    if (bucket !== undefined) intervals.push([event.ts, event.ts + event.dur, bucket]);
  }
  return intervals.sort((a, b) => a[0] - b[0]);
}

function bucketAt(intervals: readonly [number, number, string][], ts: number): string | null {
  // Earlier entries in EVENT_BUCKETS win: a compile or a GC inside a layout is charged to the compile or the GC.
  let best: string | null = null;
  let bestRank = Infinity;
  for (const [start, end, bucket] of intervals) {
    if (start > ts) break;
    if (end <= ts) continue;
    const rank = EVENT_BUCKETS.findIndex(([, name]) => name === bucket);
    if (rank < bestRank) {
      best = bucket;
      bestRank = rank;
    }
  }
  return best;
}

const PURPOSES: [string, RegExp][] = [
  [
    'the story: reading, validating (zod) and cross-checking',
    /node_modules\/zod\/|src\/data\/(loadStory|loadValidatedJson|validateStory|checkStoryReferences)\.ts|src\/app\/useStoryData\.ts/,
  ],
  [
    'the offline basemap: loading and drawing its layer',
    /src\/data\/loadBasemap\.ts|src\/map\/OfflineBasemapLayer\.tsx|src\/app\/useBasemap\.ts/,
  ],
];

interface CpuBreakdown {
  windowMs: number;
  buckets: Record<string, number>;
  purposes: Record<string, number>;
  backgroundCompileMs: number;
}

const debugTally = new Map<string, number>();

async function cpuBreakdown(trace: LoadTrace, resolver: SourceResolver): Promise<CpuBreakdown> {
  const endTs = trace.navigationTs + trace.drawnMs * 1000;
  const intervals = bucketIntervals(trace);
  const buckets: Record<string, number> = Object.fromEntries(Object.keys(BUCKET_LABELS).map((key) => [key, 0]));
  const purposes: Record<string, number> = Object.fromEntries(PURPOSES.map(([name]) => [name, 0]));
  for (const sample of mainThreadSamples(trace, endTs)) {
    const ms = sample.weightUs / 1000;
    const top = sample.stack[0];
    let bucket = bucketAt(intervals, sample.ts);
    if (bucket === null) {
      if (top?.functionName === '(idle)') bucket = 'idle';
      else if (top?.functionName === '(garbage collector)') bucket = 'gc';
      else {
        // The nearest frame with a script: a builtin (no URL) is charged to the code that called it.
        const frame = sample.stack.find((candidate) => candidate.url);
        const source = frame === undefined ? null : await resolver.sourceOf(frame);
        bucket =
          frame === undefined
            ? top?.functionName === '(program)'
              ? 'program'
              : 'js:other'
            : source === null || source === frame.url
              ? chunkBucketOf(frame.url ?? '')
              : jsBucketOf(source);
      }
    }
    buckets[bucket] = (buckets[bucket] ?? 0) + ms;
    if (process.env.BENCH_DEBUG && (bucket === 'js:other' || bucket === 'program')) {
      const frame = sample.stack.find((candidate) => candidate.url) ?? top;
      const inner = trace.events
        .filter(
          (event) =>
            event.pid === trace.pid &&
            event.tid === trace.mainTid &&
            event.ph === 'X' &&
            event.ts <= sample.ts &&
            event.ts + (event.dur ?? 0) > sample.ts,
        )
        .sort((a, b) => b.ts - a.ts)
        .slice(0, 3)
        .map((event) => event.name)
        .join(' < ');
      const key = `${bucket} ${top?.functionName ?? '?'} ← ${frame?.functionName ?? '?'} ${frame?.url ?? ''} [${inner}]`;
      debugTally.set(key, (debugTally.get(key) ?? 0) + ms);
    }
    if (bucket === 'idle') continue;
    const sources = await Promise.all(sample.stack.map((frame) => resolver.sourceOf(frame)));
    for (const [name, pattern] of PURPOSES) {
      if (sources.some((source) => source !== null && pattern.test(source)))
        purposes[name] = (purposes[name] ?? 0) + ms;
    }
  }
  // Module scripts are parsed and compiled while they stream in, on worker threads, beside the main thread.
  const backgroundCompileMs =
    trace.events
      .filter(
        (event) =>
          event.pid === trace.pid &&
          event.tid !== trace.mainTid &&
          event.ph === 'X' &&
          event.name === 'v8.parseOnBackground' &&
          event.ts < endTs,
      )
      .reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
  return { windowMs: trace.drawnMs, buckets, purposes, backgroundCompileMs };
}

/** React's profiling build marks each component's render and each commit on its "⚛" tracks (console.timeStamp). */
interface ReactTimings {
  /** Inclusive render time of each component (all its instances) that started before the drawn frame. */
  components: Record<string, number>;
  /** The same for renders that started in the 1.5 s after it. */
  componentsAfter: Record<string, number>;
  /** React's scheduler phases (render, commit, effects…) before the drawn frame. */
  phases: Record<string, number>;
}

function reactTimings(trace: LoadTrace): ReactTimings {
  const components: Record<string, number> = {};
  const componentsAfter: Record<string, number> = {};
  const phases: Record<string, number> = {};
  for (const event of trace.events) {
    if (event.name !== 'TimeStamp' || event.pid !== trace.pid) continue;
    const data = event.args?.data ?? {};
    // start and end come in the trace's own clock (µs), like `ts`.
    const start = (Number(data.start) - trace.navigationTs) / 1000;
    const end = (Number(data.end) - trace.navigationTs) / 1000;
    const message = text(data.message) || text(data.name);
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) continue;
    const duration = end - Math.max(start, 0);
    if (text(data.track).startsWith('Components')) {
      const into = start <= trace.drawnMs ? components : componentsAfter;
      into[message] = (into[message] ?? 0) + duration;
    } else if (text(data.trackGroup).startsWith('Scheduler') && start <= trace.drawnMs) {
      phases[message] = (phases[message] ?? 0) + Math.min(end, trace.drawnMs) - Math.max(start, 0);
    }
  }
  return { components, componentsAfter, phases };
}

function medians(records: readonly Record<string, number | null>[]): Record<string, number | null> {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
  return Object.fromEntries(
    keys.map((key) => [
      key,
      median(records.map((record) => record[key] ?? null).filter((value): value is number => value !== null)),
    ]),
  );
}

function parseArguments(argv: readonly string[]): { runs: number; rates: number[]; skipBuild: boolean } {
  const options = { runs: 5, rates: [1, 4], skipBuild: false };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    if (flag === '--runs') options.runs = Number(argv[(index += 1)]);
    else if (flag === '--rates')
      options.rates = String(argv[(index += 1)])
        .split(',')
        .map(Number);
    else if (flag === '--skip-build') options.skipBuild = true;
    else throw new Error(`unknown option ${flag}: --runs N, --rates 1,4, --skip-build`);
  }
  if (!(options.runs >= 1) || options.rates.some((rate) => !(rate >= 1))) throw new Error('bad --runs or --rates');
  return options;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const loadBefore = loadavg();
  if (!options.skipBuild) {
    await buildApp();
    await buildApp({
      base: PROFILING_PREFIX,
      outDir: PROFILING_DIR,
      alias: { 'react-dom/client': 'react-dom/profiling' },
      minify: false,
    });
  }
  const story = JSON.parse(await readFile(join(PAGES.app.dir, 'data/iran-pakistan-2024/story.json'), 'utf8')) as {
    incidents: { features: { geometry: unknown }[] };
  };
  const placed = story.incidents.features.filter((feature) => feature.geometry !== null).length;
  const firstLoadScripts = new Set(
    firstLoadAssets(await readFile(join(PAGES.app.dir, 'index.html'), 'utf8'))
      .filter((asset) => asset.kind === 'js')
      .map((asset) => asset.href),
  );
  const server = await startStaticServer({ from: 4300, to: 4399 });
  server.mount(PAGES.app.prefix, PAGES.app.dir);
  server.mount(PROFILING_PREFIX, PROFILING_DIR);
  await warmUp(server, [`${PAGES.app.prefix}data/iran-pakistan-2024/story.json`]);
  const browser = await launchChromium();
  const resolver = new SourceResolver(PAGES.app.prefix, PAGES.app.dir);
  const report: Record<string, unknown> = {};
  const lines: string[] = [];
  try {
    for (const rate of options.rates) {
      const network: Record<string, number | null>[] = [];
      const breakdowns: CpuBreakdown[] = [];
      const react: ReactTimings[] = [];
      for (let run = 1; run <= options.runs; run += 1) {
        const trace = await tracedLoad(browser, `${server.origin}${PAGES.app.prefix}`, rate, placed);
        network.push(networkMilestones(trace, firstLoadScripts));
        breakdowns.push(await cpuBreakdown(trace, resolver));
        const profiled = await tracedLoad(browser, `${server.origin}${PROFILING_PREFIX}`, rate, placed, true);
        react.push(reactTimings(profiled));
        console.log(`CPU ${rate}×, run ${run}/${options.runs}: drawn at ${formatMs(trace.drawnMs)}`);
      }
      const summary = {
        network: medians(network),
        buckets: medians(breakdowns.map((breakdown) => breakdown.buckets)),
        purposes: medians(breakdowns.map((breakdown) => breakdown.purposes)),
        backgroundCompileMs: median(breakdowns.map((breakdown) => breakdown.backgroundCompileMs)),
        reactPhases: medians(react.map((timing) => timing.phases)),
        reactComponents: medians(react.map((timing) => timing.components)),
        reactComponentsAfter: medians(react.map((timing) => timing.componentsAfter)),
      };
      report[`cpu-${rate}x`] = { summary, runs: { network, breakdowns, react } };
      lines.push(
        `\n## CPU ${rate}× (medians of ${options.runs} loads)`,
        '',
        '| from navigation | ms |',
        '| --- | ---: |',
      );
      for (const [name, value] of Object.entries(summary.network)) lines.push(`| ${name} | ${formatMs(value)} |`);
      lines.push('', '| main thread, navigation to drawn | ms |', '| --- | ---: |');
      for (const [key, label] of Object.entries(BUCKET_LABELS))
        lines.push(`| ${label} | ${formatMs(summary.buckets[key] ?? null)} |`);
      lines.push(`| (beside it: parse and compile on worker threads) | ${formatMs(summary.backgroundCompileMs)} |`);
      lines.push('', '| main-thread work under… (any frame of the stack) | ms |', '| --- | ---: |');
      for (const [name, value] of Object.entries(summary.purposes)) lines.push(`| ${name} | ${formatMs(value)} |`);
      lines.push('', '| React profiling build, before drawn | ms |', '| --- | ---: |');
      for (const [name, value] of Object.entries(summary.reactPhases))
        lines.push(`| phase: ${name} | ${formatMs(value)} |`);
      const top = (record: Record<string, number | null>) =>
        Object.entries(record)
          .filter((entry): entry is [string, number] => entry[1] !== null)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25);
      for (const [name, value] of top(summary.reactComponents)) {
        lines.push(`| component (inclusive): ${name} | ${formatMs(value)} |`);
      }
      lines.push('', '| React profiling build, renders in the 1.5 s after drawn | ms |', '| --- | ---: |');
      for (const [name, value] of top(summary.reactComponentsAfter)) {
        lines.push(`| component (inclusive): ${name} | ${formatMs(value)} |`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (process.env.BENCH_DEBUG) {
    for (const [key, ms] of [...debugTally].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms.toFixed(1), key);
  }
  const loads = `load average before ${loadBefore.map((value) => value.toFixed(2)).join(', ')}, after ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')} (${cpus().length} cores)`;
  lines.push('', loads);
  console.log(lines.join('\n'));
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'profile.json'), `${JSON.stringify({ loads, report }, null, 2)}\n`);
  await writeFile(join(RESULTS_DIR, 'profile.md'), `# Where the time to first marks goes\n${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
