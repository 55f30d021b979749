import { useCallback, useEffect, useState } from 'react';

export interface Loading {
  status: 'loading';
}

const LOADING: Loading = { status: 'loading' };

/**
 * Runs a loader when mounted and again on retry. The loader must not reject: the data loaders turn every failure into
 * a result. Loading is derived (the last result belongs to an earlier attempt) rather than set inside the effect. A
 * loader no longer wanted (another story chosen, Cancel, the page gone) is told so through its signal, so that a
 * download nobody waits for stops.
 */
export function useAsyncLoad<T>(load: (signal: AbortSignal) => Promise<T>): { state: T | Loading; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ attempt: number; result: T } | null>(null);

  useEffect(
    function runLoader() {
      let wanted = true;
      const controller = new AbortController();
      void load(controller.signal).then((result) => {
        if (wanted) setSettled({ attempt, result });
      });
      return () => {
        wanted = false;
        controller.abort();
      };
    },
    [load, attempt],
  );

  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);
  return { state: settled !== null && settled.attempt === attempt ? settled.result : LOADING, retry };
}
