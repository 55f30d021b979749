import { startTransition, useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import type { PrintHandoutProps } from '../panels/handout/PrintHandout.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { loadOnDemand } from './loadOnDemand.ts';

export type PrintHandoutComponent = ComponentType<PrintHandoutProps>;

/** The handout's code and print styles: fetched once (again after a failure), by `usePrintPreparation`. */
export const loadPrintHandout = loadOnDemand(/*i18n*/ { id: 'part.printHandout', message: 'printable handout' }, () =>
  import('../panels/handout/PrintHandout.tsx').then((module) => module.PrintHandout),
);

/**
 * Where the handout's code lands once fetched, for its place in the page alone to hear of it. Kept out of the loaded
 * story's state: setting it there re-rendered the whole story (map, list, article) with the handout, one long task
 * of some 200 ms on a slow phone.
 */
export interface HandoutSlot {
  current: () => PrintHandoutComponent | null;
  /**
   * Puts the handout in: `urgent` when someone prints next and it must be in the page before the page is laid out for
   * paper; otherwise it is rendered when the browser has time, in slices.
   */
  fill: (handout: PrintHandoutComponent, urgent: boolean) => void;
  subscribe: (listener: (urgent: boolean) => void) => () => void;
}

export function createHandoutSlot(): HandoutSlot {
  let handout: PrintHandoutComponent | null = null;
  const listeners = new Set<(urgent: boolean) => void>();
  return {
    current: () => handout,
    fill(component, urgent) {
      handout = component;
      for (const listener of listeners) listener(urgent);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

interface LazyPrintHandoutProps extends PrintHandoutProps {
  /** Where the handout's code arrives; empty until then. */
  slot: HandoutSlot;
}

/**
 * The printed handout's place in the page: empty until its code (and print styles) arrive, which the screen never
 * needs. `usePrintPreparation` fetches it once the map is up and the browser is idle, or when printing comes first.
 */
export function LazyPrintHandout({ slot, story }: LazyPrintHandoutProps) {
  const [PrintHandout, setPrintHandout] = useState(slot.current);
  useEffect(
    function showHandoutWhenItArrives() {
      const show = () => setPrintHandout(slot.current);
      const unsubscribe = slot.subscribe((urgent) => {
        // Printing next: in the page now. At idle: only this hidden part renders, in slices, so a reader's clicks
        // on the map meanwhile are answered first and never meet a re-render of the map.
        if (urgent) flushSync(show);
        else startTransition(show);
      });
      // It may have come between the first render and this effect.
      startTransition(show);
      return unsubscribe;
    },
    [slot],
  );
  if (PrintHandout === null) return null;
  return (
    <ErrorBoundary part="printable handout">
      <PrintHandout story={story} />
    </ErrorBoundary>
  );
}
