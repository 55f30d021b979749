import { startTransition, useCallback, useEffect, useState } from 'react';

export interface Loading {
  status: 'loading';
}

const LOADING: Loading = { status: 'loading' };

/**
 * Runs a loader when mounted and again on retry. The loader must not reject: the data loaders turn every failure into
 * a result. Loading is derived (the last result belongs to an earlier attempt) rather than set inside the effect. A
 * loader no longer wanted (another story chosen, Cancel, the page gone) is told so through its signal, so that a
 * download nobody waits for stops. What a loader reports on its way (`report`) is the progress of the attempt under
 * way, and is forgotten with it.
 */
export function useAsyncLoad<T, Progress = never>(
  /** Null while the data is not wanted yet: nothing is fetched, and the state stays loading. */
  load: ((signal: AbortSignal, report: (progress: Progress) => void) => Promise<T>) | null,
  /**
   * What the first `load` would give, already in hand (loaded before the first render): the state starts there and
   * that loader is not run; a retry, or another loader, loads afresh.
   */
  initial?: { result: T },
): { state: T | Loading; progress: Progress | null; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ attempt: number; result: T } | null>(() =>
    initial === undefined || load === null ? null : { attempt: 0, result: initial.result },
  );
  // The loader whose first result came in hand: not run again for it (React runs a mount's effects twice in
  // development, and the second run must not fetch what the page already has).
  const [loadInHand] = useState(() => (initial === undefined ? null : load));
  const [reported, setReported] = useState<{ attempt: number; load: typeof load; progress: Progress } | null>(null);

  useEffect(
    function runLoader() {
      if (load === null || (attempt === 0 && load === loadInHand)) return undefined;
      let wanted = true;
      const controller = new AbortController();
      const report = (progress: Progress) => {
        if (wanted) setReported({ attempt, load, progress });
      };
      void load(controller.signal, report).then((result) => {
        // What a result brings (a whole story: map, list, article, timeline) is rendered in slices, so that the page
        // answers the reader meanwhile instead of freezing for as long as the render takes on a slow laptop.
        if (wanted) startTransition(() => setSettled({ attempt, result }));
      });
      return () => {
        wanted = false;
        controller.abort();
      };
    },
    [load, attempt, loadInHand],
  );

  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);
  const state = settled !== null && settled.attempt === attempt ? settled.result : LOADING;
  const progress =
    state === LOADING && reported !== null && reported.attempt === attempt && reported.load === load
      ? reported.progress
      : null;
  return { state, progress, retry };
}
