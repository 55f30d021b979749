import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PrintPreparation } from '../panels/handout/PrintPreparationContext.ts';
import { createHandoutSlot, loadPrintHandout, type HandoutSlot } from './LazyPrintHandout.tsx';
import { whenIdle } from './whenIdle.ts';

/**
 * Gets the printed handout into the page before anyone prints: fetched once the map is up and the browser is idle,
 * and at once if printing comes first. The "Print handout" button waits for it (`prepare`); the browser's own Print
 * (Ctrl+P) cannot be held up, and prints what is there: from `beforeprint` the handout still lands in time when its
 * code is already here, since the awaits on the way are microtasks, which run before the page is laid out for paper.
 * Gives the preparation the print buttons use, and the slot the handout's place in the page fills from.
 */
export function usePrintPreparation(): { preparation: PrintPreparation; handoutSlot: HandoutSlot } {
  const [failed, setFailed] = useState(false);
  const [handoutSlot] = useState(createHandoutSlot);

  const fetchPrintHandout = useCallback(
    async (urgent: boolean) => {
      const component = await loadPrintHandout();
      handoutSlot.fill(component, urgent);
    },
    [handoutSlot],
  );

  const prepare = useCallback(async () => {
    try {
      await fetchPrintHandout(true);
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
        fetchPrintHandout(false).catch(() => undefined);
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
  return { preparation, handoutSlot };
}
