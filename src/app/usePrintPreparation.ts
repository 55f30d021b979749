import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PrintPreparation } from '../panels/handout/PrintPreparationContext.ts';
import { loadPrintHandout, type PrintHandoutComponent } from './LazyPrintHandout.tsx';
import { whenIdle } from './whenIdle.ts';

/**
 * Gets the printed handout into the page before anyone prints: fetched once the map is up and the browser is idle,
 * and at once if printing comes first. The "Print handout" button waits for it (`prepare`); the browser's own Print
 * (Ctrl+P) cannot be held up, and prints what is there: from `beforeprint` the handout still lands in time when its
 * code is already here, since the awaits on the way are microtasks, which run before the page is laid out for paper.
 * Gives the preparation the print buttons use, and the handout for its place in the page (null until it arrives).
 */
export function usePrintPreparation(): { preparation: PrintPreparation; handout: PrintHandoutComponent | null } {
  const [failed, setFailed] = useState(false);
  const [handout, setHandout] = useState<PrintHandoutComponent | null>(null);

  const fetchPrintHandout = useCallback(async () => {
    const component = await loadPrintHandout();
    // Committed now rather than on React's schedule: a caller that prints next must find the handout in the page.
    // (Rendered in a transition when fetched at idle, the handout and its print map were committed later, in the
    // middle of a reader's first clicks on the map, and a browser test saw a marker's click lost once; so it stays
    // one piece of work, done while the page is idle.)
    flushSync(() => setHandout(() => component));
  }, []);

  const prepare = useCallback(async () => {
    try {
      await fetchPrintHandout();
      setFailed(false);
      return true;
    } catch (error) {
      // Kept in the console for whoever fixes it; the reader sees the short note beside the button.
      console.error('Citemap: the printable handout could not be loaded', error);
      setFailed(true);
      return false;
    }
  }, [fetchPrintHandout]);

  useEffect(
    function fetchWhenIdle() {
      return whenIdle(() => {
        // Nobody has asked to print yet: printing asks again, and says so if it fails then.
        fetchPrintHandout().catch(() => undefined);
      });
    },
    [fetchPrintHandout],
  );

  useEffect(
    function fetchWhenPrinting() {
      function beforePrint() {
        void prepare();
      }
      window.addEventListener('beforeprint', beforePrint);
      return () => window.removeEventListener('beforeprint', beforePrint);
    },
    [prepare],
  );

  const dismissFailure = useCallback(() => setFailed(false), []);
  const preparation = useMemo(() => ({ prepare, failed, dismissFailure }), [prepare, failed, dismissFailure]);
  return { preparation, handout };
}
