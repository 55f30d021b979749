import type { Browser, Page } from '@playwright/test';
import { isolatedContext, type ByteKind } from './browser.ts';
import { outcomeOfError, TimeoutError, withTimeout, type Outcome } from './outcome.ts';
import {
  clickableCentreOf,
  findClickTarget,
  findFreeMapSpot,
  installLoadProbe,
  NAME_HELPER_SHIM,
  startActionProbe,
  type ActionProbeParams,
  type LoadProbeState,
} from './pageProbes.ts';

/** A frame later than this after the one before means the main thread was busy (60 Hz frames are 16.7 ms apart). */
const BUSY_FRAME_MS = 35;
/** An interaction is over when nothing has happened for this long. */
const QUIET_MS = 400;
/** A clustering app's icon count must hold this long before the map counts as drawn. */
const LOAD_QUIET_MS = 1500;
/** How long to wait for a page (and its renderer) to close before the browser itself is restarted. */
const CLOSE_LIMIT_S = 15;

export interface SessionPlan {
  target: string;
  url: string;
  /** How many incident icons the page should show when it draws them all unclustered; null if the page says. */
  expectedIcons: number | null;
  /** Only load and transfer sizes (the floor page has no incidents to click). */
  loadOnly: boolean;
  /** Chromium's CPU slowdown for this load (1: none), set before navigation so the page's whole start is slowed. */
  cpuThrottle: number;
}

export interface SessionSettings {
  motion: 'reduce' | 'no-preference';
  tiles: 'served' | 'down';
  loadTimeoutS: number;
  actionTimeoutS: number;
}

export interface SessionResult {
  target: string;
  drawnMs: Outcome;
  /** How "drawn" was decided: the expected icon count was reached, or the count settled (clusters). */
  drawMethod: 'count' | 'settled' | null;
  iconCount: number | null;
  /** When the last fetch() response (the story data) had fully arrived: the rest of the draw time is the page's work. */
  dataReceivedMs: number | null;
  /** Body bytes transferred by the time the map was drawn (or the wait for it ended), by kind. */
  bytes: Record<ByteKind, number> | null;
  heapBytes: Outcome;
  popupMs: Outcome;
  panMs: Outcome;
  zoomMs: Outcome;
  tileRequests: number;
  blockedRequests: string[];
  pageErrors: string[];
  /** The start of the page's text when it did not draw: usually says why (e.g. a load error panel). */
  pageTextWhenStuck: string | null;
}

const notMeasured = (reason: string): Outcome => ({ status: 'skipped', reason });

async function waitInPage(page: Page, predicate: () => boolean, limitS: number, what: string): Promise<void> {
  try {
    await page.waitForFunction(predicate, undefined, { timeout: limitS * 1000, polling: 100 });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') throw new TimeoutError(what, limitS);
    throw error;
  }
}

/** Runs `act` (real mouse input) with an action probe armed, and returns the probe's time in ms. */
async function timedAction(
  page: Page,
  params: ActionProbeParams,
  act: () => Promise<void>,
  limitS: number,
  what: string,
): Promise<number> {
  await withTimeout(page.evaluate(startActionProbe, params), limitS, `${what}: arming the probe`);
  await withTimeout(act(), limitS, `${what}: input`);
  await waitInPage(page, () => window.__benchAction?.done === true, limitS, what).catch(async (error: unknown) => {
    if (!(error instanceof TimeoutError)) throw error;
    const seen = await withTimeout(
      page.evaluate(() => window.__benchAction?.lastActivity ?? 'none'),
      5,
      'reading the probe',
    ).catch(() => 'unknown: the page did not answer');
    throw new TimeoutError(`${what} (last sign of work: ${seen})`, limitS);
  });
  const state = await withTimeout(
    page.evaluate(() => window.__benchAction),
    limitS,
    `${what}: reading the probe`,
  );
  if (state?.startedAt == null || state.doneAt == null) throw new Error(`${what}: the probe saw no input`);
  if (process.env.BENCH_DEBUG)
    console.log(
      `    ${what}: ${(state.doneAt - state.startedAt).toFixed(1)} ms, last activity: ${state.lastActivity ?? 'none'} (start ${state.startedAt.toFixed(0)})`,
    );
  return state.doneAt - state.startedAt;
}

function settle(page: Page, limitS: number): Promise<number> {
  return timedAction(
    page,
    { trigger: null, until: 'quiet', quietMs: QUIET_MS, busyFrameMs: BUSY_FRAME_MS },
    () => Promise.resolve(),
    limitS,
    'settling',
  );
}

/**
 * Clicks the marker nearest the centre; a cluster icon is clicked first to zoom in, untimed, until a marker shows.
 * The popup stays open: the pan step closes it first.
 */
async function clickToPopup(page: Page, limitS: number): Promise<number> {
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const target = await withTimeout(page.evaluate(findClickTarget), limitS, 'finding a marker');
    if (target === null) throw new Error('no marker on top anywhere in view to click');
    const click = () => page.mouse.click(target.x, target.y);
    if (!target.cluster) {
      const popupMs = await timedAction(
        page,
        { trigger: 'click', until: 'popup', quietMs: QUIET_MS, busyFrameMs: BUSY_FRAME_MS },
        click,
        limitS,
        'click to popup',
      );
      return popupMs;
    }
    await timedAction(
      page,
      { trigger: 'click', until: 'quiet', quietMs: QUIET_MS, busyFrameMs: BUSY_FRAME_MS },
      click,
      limitS,
      'zooming into a cluster',
    );
  }
  throw new Error('still only clusters after 12 clicks');
}

/** The popup's close button, or, when something covers it, a click on a free spot of the map (Leaflet's default). */
async function closePopup(page: Page, limitS: number): Promise<void> {
  await settle(page, limitS);
  const spot =
    (await page.evaluate(clickableCentreOf, '.leaflet-popup-close-button')) ?? (await page.evaluate(findFreeMapSpot));
  await timedAction(
    page,
    { trigger: null, until: 'quiet', quietMs: QUIET_MS, busyFrameMs: BUSY_FRAME_MS },
    async () => {
      if (spot === null) await page.keyboard.press('Escape');
      else await page.mouse.click(spot.x, spot.y);
    },
    limitS,
    'closing the popup',
  );
  const stillOpen = await page.evaluate(() => document.querySelector('.leaflet-popup') !== null);
  if (stillOpen) throw new Error('the popup would not close, so the pan and zoom that follow would not be comparable');
}

/** A slow drag (no inertia: the mouse rests before it is released), timed from the release. */
async function pan(page: Page, limitS: number): Promise<number> {
  const start = await withTimeout(page.evaluate(findFreeMapSpot), limitS, 'finding where to drag');
  if (start === null) throw new Error('no free spot on the map to drag from');
  return timedAction(
    page,
    { trigger: 'mouseup', until: 'quiet', quietMs: QUIET_MS, busyFrameMs: BUSY_FRAME_MS },
    async () => {
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      for (let step = 1; step <= 8; step += 1) await page.mouse.move(start.x - 30 * step, start.y - 20 * step);
      await page.waitForTimeout(150);
      await page.mouse.up();
    },
    limitS,
    'pan',
  ).catch(async (error: unknown) => {
    // A drag cut short by the time limit leaves the button down: release it, or the next click would be a drag's end.
    await withTimeout(page.mouse.up(), 5, 'releasing the mouse').catch(() => undefined);
    throw error;
  });
}

/** One zoom step with the map's + button, timed from the click. */
async function zoomIn(page: Page, limitS: number): Promise<number> {
  const button = await withTimeout(
    page.evaluate(clickableCentreOf, '.leaflet-control-zoom-in'),
    limitS,
    'finding the + button',
  );
  if (button === null) throw new Error('the map has no zoom-in button');
  return timedAction(
    page,
    { trigger: 'click', until: 'quiet', quietMs: QUIET_MS, busyFrameMs: BUSY_FRAME_MS },
    () => page.mouse.click(button.x, button.y),
    limitS,
    'zoom',
  );
}

function lastFetchEnd(): number | null {
  const fetches = performance
    .getEntriesByType('resource')
    .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
    // A preloaded data file is fetched by the <link>, and the app's fetch then takes it from there.
    .filter(
      (entry) =>
        entry.initiatorType === 'fetch' ||
        (entry.initiatorType === 'link' && /\.(geo)?json$/.test(new URL(entry.name).pathname)),
    );
  return fetches.length === 0 ? null : Math.max(...fetches.map((entry) => entry.responseEnd));
}

async function jsHeapAfterGc(page: Page, limitS: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), limitS, 'garbage collection');
    await cdp.send('Performance.enable');
    const { metrics } = await withTimeout(cdp.send('Performance.getMetrics'), limitS, 'reading metrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
    if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
    return used.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function measure(step: () => Promise<number>): Promise<Outcome> {
  try {
    return { status: 'ok', value: await step() };
  } catch (error) {
    return outcomeOfError(error);
  }
}

/**
 * One page load in a fresh context, then, in order: transfer sizes, JS heap after a GC, click to popup, pan, zoom.
 * Each step waits for the page to be quiet first; when it never is, or a step fails, the later steps are skipped.
 * Returns whether the browser is still fit for use (a renderer that will not close means it is not).
 */
export async function measureSession(
  browser: Browser,
  plan: SessionPlan,
  settings: SessionSettings,
): Promise<{ result: SessionResult; browserHealthy: boolean }> {
  const { context, transfers } = await isolatedContext(browser, settings);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  if (plan.cpuThrottle > 1) {
    // The session stays attached for the page's life: the rate holds only while its CDP session does.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: plan.cpuThrottle });
  }
  await page.addInitScript({ content: NAME_HELPER_SHIM });
  await page.addInitScript(installLoadProbe, {
    expected: plan.expectedIcons,
    quietMs: LOAD_QUIET_MS,
    busyFrameMs: 100,
  });

  const result: SessionResult = {
    target: plan.target,
    drawnMs: notMeasured('not reached'),
    drawMethod: null,
    iconCount: null,
    dataReceivedMs: null,
    bytes: null,
    heapBytes: notMeasured('the page did not draw'),
    popupMs: notMeasured('the page did not draw'),
    panMs: notMeasured('the page did not draw'),
    zoomMs: notMeasured('the page did not draw'),
    tileRequests: 0,
    blockedRequests: [],
    pageErrors,
    pageTextWhenStuck: null,
  };
  const started = performance.now();
  try {
    await withTimeout(page.goto(plan.url, { waitUntil: 'commit' }), settings.loadTimeoutS, 'navigation');
    const remainingS = Math.max(1, settings.loadTimeoutS - (performance.now() - started) / 1000);
    await waitInPage(page, () => window.__benchLoad?.done === true, remainingS, 'drawing every incident').catch(
      (error: unknown) => {
        throw error instanceof TimeoutError ? new TimeoutError(error.what, settings.loadTimeoutS) : error;
      },
    );
    const load = await withTimeout(
      page.evaluate((): LoadProbeState | undefined => window.__benchLoad),
      settings.actionTimeoutS,
      'reading the load probe',
    );
    if (load?.error != null) throw new Error(`the page reported: ${load.error}`);
    if (load?.drawnAt == null) throw new Error('the load probe finished without a time');
    result.drawnMs = { status: 'ok', value: load.drawnAt };
    result.drawMethod = load.method;
    result.iconCount = load.count;
    result.dataReceivedMs = await withTimeout(page.evaluate(lastFetchEnd), settings.actionTimeoutS, 'reading timings');
  } catch (error) {
    result.drawnMs = outcomeOfError(error);
    result.pageTextWhenStuck = await withTimeout(
      page.evaluate(() => document.body?.innerText.slice(0, 300) ?? ''),
      5,
      'reading the page',
    ).catch(() => '(the page did not answer)');
  }

  // Sizes even when the page never drew: what it fetched is known by then.
  result.bytes = await withTimeout(transfers.settle(), 10, 'reading transfer sizes')
    .then(() => ({ ...transfers.bytes }))
    .catch(() => null);

  if (result.drawnMs.status === 'ok') {
    const limitS = settings.actionTimeoutS;
    const steps: [keyof Pick<SessionResult, 'heapBytes' | 'popupMs' | 'panMs' | 'zoomMs'>, () => Promise<number>][] =
      plan.loadOnly
        ? [['heapBytes', () => jsHeapAfterGc(page, limitS)]]
        : [
            ['heapBytes', () => jsHeapAfterGc(page, limitS)],
            ['popupMs', () => clickToPopup(page, limitS)],
            ['panMs', () => closePopup(page, limitS).then(() => pan(page, limitS))],
            ['zoomMs', () => zoomIn(page, limitS)],
          ];
    if (plan.loadOnly) {
      result.popupMs = result.panMs = result.zoomMs = notMeasured('load only');
    }
    let blocked: string | null = null;
    for (const [field, step] of steps) {
      if (blocked !== null) {
        result[field] = notMeasured(blocked);
        continue;
      }
      const settled = await measure(() => settle(page, limitS));
      if (settled.status !== 'ok') {
        result[field] = notMeasured('the page never became quiet before it');
        blocked = 'an earlier step did not finish';
        continue;
      }
      result[field] = await measure(step);
      // A step that ran out of time leaves the page as it is: the next settle decides whether to go on. One that failed
      // (say, a popup that would not close) leaves it in a state the next figure would not be comparable from.
      if (result[field].status === 'failed') blocked = `${field} failed`;
    }
  }

  result.tileRequests = transfers.tileRequests;
  result.blockedRequests = transfers.blockedRequests;
  const closed = await withTimeout(context.close(), CLOSE_LIMIT_S, 'closing the page')
    .then(() => true)
    .catch(() => false);
  return { result, browserHealthy: closed };
}
