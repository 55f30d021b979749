/** The longest an idle task waits on a page that is never idle (a map kept busy panning) before it runs anyway. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Where the browser has no idle callback (Safari): a short wait, for the first paint and the map's own work to go
 * first.
 */
const NO_IDLE_CALLBACK_DELAY_MS = 300;

/**
 * Runs a task once the browser has nothing more urgent to do: for work the first view does not need. Gives back a
 * function that cancels the task if it has not run yet.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, NO_IDLE_CALLBACK_DELAY_MS);
  return () => window.clearTimeout(timer);
}
