import { createContext } from 'react';

/** What the "Print handout" button needs from the page before it prints, since the handout's code comes later. */
export interface PrintPreparation {
  /** Resolves true once the handout is in the page, so that what prints next includes it; false if it cannot be. */
  prepare: () => Promise<boolean>;
  /** True when the handout could not be fetched the last time printing asked for it. */
  failed: boolean;
  dismissFailure: () => void;
}

/** The default, with nothing to wait for: a handout rendered up front (or a button rendered alone) prints at once. */
export const PrintPreparationContext = createContext<PrintPreparation>({
  prepare: () => Promise.resolve(true),
  failed: false,
  dismissFailure: () => undefined,
});
