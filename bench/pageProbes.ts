// Functions that run inside the page (Playwright serialises them): self-contained, no imports, no outside variables.
// Times are performance.now() in the page, whose zero is the navigation's start.

export interface LoadProbeState {
  done: boolean;
  /** When the frame that first showed every incident had been painted. */
  drawnAt: number | null;
  /** "count": the expected number of icons was reached; "settled": the count stopped changing (clusters). */
  method: 'count' | 'settled' | null;
  count: number;
  error: string | null;
}

export interface ActionProbeState {
  done: boolean;
  startedAt: number | null;
  doneAt: number | null;
  /** The last sign of work the probe saw, for a reader wondering what an interaction waited for. */
  lastActivity: string | null;
}

declare global {
  interface Window {
    __benchLoad?: LoadProbeState;
    __benchAction?: ActionProbeState;
  }
}

/** tsx keeps function names with a `__name` helper that the page lacks: this stands in for it. */
export const NAME_HELPER_SHIM = 'globalThis.__name ??= (target) => target;';

export interface LoadProbeParams {
  /** Icons to wait for, when the page does not say (the app); null when unknown. */
  expected: number | null;
  /** With no expected count, the count must stay unchanged this long over smooth frames. */
  quietMs: number;
  /** A frame later than this after the previous one means the main thread was busy. */
  busyFrameMs: number;
}

/**
 * Watches, from the page's first moment, the number of `.leaflet-marker-icon` elements (markers and cluster icons)
 * once per frame. Done when the count has reached the expected count (a baseline's `data-bench-drawn`, else
 * `expected`) on two frames in a row, or, when it never does (a clustering app), when the count has stayed the same
 * over `quietMs` of smooth frames. The time is taken just after the paint of the first frame that showed that count.
 */
export function installLoadProbe(params: LoadProbeParams): void {
  const icons = document.getElementsByClassName('leaflet-marker-icon');
  const state: LoadProbeState = { done: false, drawnAt: null, method: null, count: 0, error: null };
  window.__benchLoad = state;
  const channel = new MessageChannel();
  let afterPaintCallback: ((time: number) => void) | null = null;
  channel.port1.onmessage = () => {
    const callback = afterPaintCallback;
    afterPaintCallback = null;
    callback?.(performance.now());
  };
  let lastCount = -1;
  let lastChangeAt = 0;
  let changePaintedAt: number | null = null;
  let reachedCount: number | null = null;
  let reachedPaintedAt: number | null = null;
  let lastFrameAt = performance.now();
  let smoothSince = lastFrameAt;

  const onFrame = (): void => {
    const now = performance.now();
    if (now - lastFrameAt > params.busyFrameMs) smoothSince = now;
    lastFrameAt = now;
    const dataset = document.documentElement?.dataset;
    if (dataset?.benchError !== undefined) {
      state.error = dataset.benchError;
      state.done = true;
      return;
    }
    const count = icons.length;
    state.count = count;
    if (count !== lastCount) {
      lastCount = count;
      lastChangeAt = now;
      changePaintedAt = null;
      afterPaintCallback = (time) => {
        changePaintedAt = time;
      };
      channel.port2.postMessage(null);
    }
    const signalled = dataset?.benchDrawn;
    const target = signalled === undefined ? params.expected : Number(signalled);
    const reached = target !== null && count >= target && (count > 0 || signalled !== undefined);
    if (reached && reachedCount === count && reachedPaintedAt !== null) {
      state.drawnAt = reachedPaintedAt;
      state.method = 'count';
      state.done = true;
      return;
    }
    if (reached && reachedCount !== count) {
      reachedCount = count;
      reachedPaintedAt = null;
      afterPaintCallback = (time) => {
        reachedPaintedAt = time;
      };
      channel.port2.postMessage(null);
    }
    if (!reached) reachedCount = null;
    if (
      !reached &&
      count > 0 &&
      changePaintedAt !== null &&
      now - Math.max(lastChangeAt, smoothSince) >= params.quietMs
    ) {
      state.drawnAt = changePaintedAt;
      state.method = 'settled';
      state.done = true;
      return;
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

export interface ActionProbeParams {
  /** The input event that starts the clock (its timeStamp), or null to start now. */
  trigger: 'click' | 'mouseup' | null;
  /** "popup": a popup with content at full opacity; "quiet": no more work, then a painted frame. */
  until: 'popup' | 'quiet';
  quietMs: number;
  busyFrameMs: number;
}

/**
 * Times one interaction from its input event to the first frame painted after the work it caused. "Work" is seen three
 * ways: DOM changes outside the tile pane (a MutationObserver), long animation frames (over 50 ms of main-thread work,
 * rendering included), and frames that come late (`busyFrameMs` after the one before). Done once nothing has happened
 * for `quietMs`; the time is the first paint after the last sign of work.
 */
export function startActionProbe(params: ActionProbeParams): void {
  const state: ActionProbeState = { done: false, startedAt: null, doneAt: null, lastActivity: null };
  window.__benchAction = state;
  const popupPane = document.querySelector('.leaflet-popup-pane');
  const channel = new MessageChannel();
  const paints: number[] = [];
  channel.port1.onmessage = () => {
    paints.push(performance.now());
  };
  let lastActivity = 0;
  // Long animation frames (Chromium 123+): main-thread work of more than 50 ms, rendering included.
  const longFrames = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
    ? new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const end = entry.startTime + entry.duration;
          if (end <= lastActivity) continue;
          lastActivity = end;
          state.lastActivity = `a ${entry.duration.toFixed(0)} ms long animation frame ending at ${end.toFixed(0)} ms`;
        }
      })
    : null;
  longFrames?.observe({ type: 'long-animation-frame', buffered: false });
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      if (node?.closest('.leaflet-tile-pane') != null) continue;
      lastActivity = performance.now();
      state.lastActivity = `${record.type} in ${node?.tagName.toLowerCase() ?? '?'}.${String(node?.className ?? '').split(' ')[0] ?? ''} at ${lastActivity.toFixed(0)} ms`;
      return;
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributeFilter: ['class'] });
  const start = (event: Event | null): void => {
    if (state.startedAt !== null) return;
    const now = performance.now();
    const stamp = event?.timeStamp ?? now;
    state.startedAt = stamp > 0 && stamp <= now ? stamp : now;
  };
  if (params.trigger === null) start(null);
  else window.addEventListener(params.trigger, start, { capture: true, once: true });

  const finish = (doneAt: number): void => {
    state.doneAt = doneAt;
    state.done = true;
    observer.disconnect();
    longFrames?.disconnect();
  };
  const popupShown = (): boolean => {
    const popup = popupPane?.querySelector('.leaflet-popup');
    if (popup == null) return false;
    const content = popup.querySelector('.leaflet-popup-content');
    return (content?.textContent ?? '').trim().length > 0 && getComputedStyle(popup).opacity === '1';
  };
  let lastFrameAt = performance.now();
  let popupSeenAt: number | null = null;

  const onFrame = (): void => {
    const now = performance.now();
    if (now - lastFrameAt > params.busyFrameMs) {
      lastActivity = Math.max(lastActivity, now - 1);
      state.lastActivity = `a frame ${(now - lastFrameAt).toFixed(0)} ms late at ${now.toFixed(0)} ms`;
    }
    lastFrameAt = now;
    if (state.startedAt !== null) {
      if (params.until === 'popup') {
        if (popupSeenAt !== null) {
          const painted = paints.find((time) => time >= (popupSeenAt ?? 0));
          if (painted !== undefined) {
            finish(painted);
            return;
          }
        } else if (popupShown()) {
          popupSeenAt = now;
        }
      } else {
        const since = Math.max(lastActivity, state.startedAt);
        if (now - since >= params.quietMs) {
          finish(paints.find((time) => time >= since) ?? now);
          return;
        }
      }
      channel.port2.postMessage(null);
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

export interface ClickTarget {
  x: number;
  y: number;
  cluster: boolean;
}

/**
 * Where to click a marker: at the centre of the icon nearest the map's centre, whatever marker is on top there (at
 * scale icons overlap), preferring an incident marker to a cluster icon (a class name containing "cluster"). Points
 * covered by a control, a popup or anything outside the map are passed over.
 */
export function findClickTarget(): ClickTarget | null {
  const container = document.querySelector('.leaflet-container');
  if (container === null) return null;
  const box = container.getBoundingClientRect();
  const centreX = box.left + box.width / 2;
  const centreY = box.top + box.height / 2;
  const points: { x: number; y: number; distance: number }[] = [];
  for (const element of Array.from(container.getElementsByClassName('leaflet-marker-icon'))) {
    const rect = element.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    if (x < box.left + 20 || x > box.right - 20 || y < box.top + 20 || y > box.bottom - 20) continue;
    points.push({ x, y, distance: Math.hypot(x - centreX, y - centreY) });
  }
  points.sort((a, b) => a.distance - b.distance);
  let clusterTarget: ClickTarget | null = null;
  for (const { x, y } of points.slice(0, 500)) {
    const hit = document.elementFromPoint(x, y);
    if (hit === null || !container.contains(hit) || hit.closest('.leaflet-control, .leaflet-popup') !== null) continue;
    const marker = hit.closest('.leaflet-marker-icon');
    if (marker === null) continue;
    const cluster = /cluster/i.test(typeof marker.className === 'string' ? marker.className : '');
    if (!cluster) return { x, y, cluster };
    clusterTarget ??= { x, y, cluster };
  }
  return clusterTarget;
}

/**
 * A point on the map to drag from or click on: near the centre, never on a popup or a control or off the map, and
 * clear of markers where possible (at 100,000 unclustered markers nothing may be clear).
 */
export function findFreeMapSpot(): { x: number; y: number } | null {
  const container = document.querySelector('.leaflet-container');
  if (container === null) return null;
  const box = container.getBoundingClientRect();
  let fallback: { x: number; y: number } | null = null;
  for (let ring = 0; ring < 16; ring += 1) {
    for (let step = 0; step < 8; step += 1) {
      const angle = (Math.PI * 2 * step) / 8;
      const x = box.left + box.width / 2 + Math.cos(angle) * ring * 25;
      const y = box.top + box.height / 2 + Math.sin(angle) * ring * 18;
      const hit = document.elementFromPoint(x, y);
      if (hit === null || !container.contains(hit)) continue;
      if (hit.closest('.leaflet-control, .leaflet-popup, .leaflet-tooltip') !== null) continue;
      fallback ??= { x, y };
      if (hit.closest('.leaflet-marker-icon') === null) return { x, y };
    }
  }
  return fallback;
}

/** Where an element is, to click it with the mouse; null when it is missing or something else lies on top of it. */
export function clickableCentreOf(selector: string): { x: number; y: number } | null {
  const element = document.querySelector(selector);
  if (element === null) return null;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0) return null;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const hit = document.elementFromPoint(x, y);
  return hit !== null && element.contains(hit) ? { x, y } : null;
}
