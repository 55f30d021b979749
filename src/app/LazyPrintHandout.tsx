import type { ComponentType } from 'react';
import type { PrintHandoutProps } from '../panels/handout/PrintHandout.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { loadOnDemand } from './loadOnDemand.ts';

export type PrintHandoutComponent = ComponentType<PrintHandoutProps>;

/** The handout's code and print styles: fetched once (again after a failure), by `usePrintPreparation`. */
export const loadPrintHandout = loadOnDemand(/*i18n*/ { id: 'part.printHandout', message: 'printable handout' }, () =>
  import('../panels/handout/PrintHandout.tsx').then((module) => module.PrintHandout),
);

interface LazyPrintHandoutProps extends PrintHandoutProps {
  /** The handout once its code has arrived; null until then. */
  handout: PrintHandoutComponent | null;
}

/**
 * The printed handout's place in the page: empty until its code (and print styles) arrive, which the screen never
 * needs. `usePrintPreparation` fetches it once the map is up and the browser is idle, or when printing comes first.
 */
export function LazyPrintHandout({ handout: PrintHandout, story }: LazyPrintHandoutProps) {
  if (PrintHandout === null) return null;
  return (
    <ErrorBoundary part="printable handout">
      <PrintHandout story={story} />
    </ErrorBoundary>
  );
}
