import { useSyncExternalStore, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import type { PrintHandoutProps } from '../panels/handout/PrintHandout.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { loadOnDemand } from './loadOnDemand.ts';

type PrintHandoutComponent = ComponentType<PrintHandoutProps>;

const loadPrintHandout = loadOnDemand('printable handout', () =>
  import('../panels/handout/PrintHandout.tsx').then((module) => module.PrintHandout),
);

// Whether the handout's code has arrived is one fact for the whole page, kept outside React so that its arrival
// re-renders only the handout's place, not the story around it.
let arrived: PrintHandoutComponent | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function arrivedHandout(): PrintHandoutComponent | null {
  return arrived;
}

/**
 * Fetches the handout's code (once; again after a failure) and puts the handout in the page. Resolves once it is
 * there, so that what prints next includes it; rejects with what the reader can do when the code cannot be fetched.
 */
export async function fetchPrintHandout(): Promise<void> {
  const component = await loadPrintHandout();
  if (arrived === component) return;
  // Committed now rather than on React's schedule: a caller that prints next must find the handout in the page.
  flushSync(() => {
    arrived = component;
    for (const listener of listeners) listener();
  });
}

/**
 * The printed handout's place in the page: empty until its code (and print styles) arrive, which the screen never
 * needs. `usePrintPreparation` fetches it once the map is up and the browser is idle, or when printing comes first.
 */
export function LazyPrintHandout({ story }: PrintHandoutProps) {
  const PrintHandout = useSyncExternalStore(subscribe, arrivedHandout);
  if (PrintHandout === null) return null;
  return (
    <ErrorBoundary part="printable handout">
      {/* eslint-disable-next-line react-hooks/static-components -- not made here: PrintHandout.tsx's own export, the same each render */}
      <PrintHandout story={story} />
    </ErrorBoundary>
  );
}
