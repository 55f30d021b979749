import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import type { MessageDescriptor } from '../i18n/i18n.ts';
import { loadOnDemand } from './loadOnDemand.ts';

/**
 * The name a part's failure gives it unless the part is named: shown in the part's place, so "this part" is enough. Without it the reader saw the browser's own words, in English whatever the page's
 * language: "Failed to fetch dynamically imported module:" and the chunk's address.
 */
const THIS_PART = /*i18n*/ { id: 'part.thisPart', message: 'code of this part of the page' };

/**
 * `React.lazy` for a part of the page fetched on demand, showing `fallback` while it loads, and made to try again.
 * React keeps a failed lazy component failed for good, so after a failure the next mount (an `ErrorBoundary`'s "Try
 * again" mounts its children afresh) takes a new one, which fetches again. The choice is held above the `Suspense`, in
 * a component that is committed while its child waits: React forgets the state of one that never was. Render it
 * within an `ErrorBoundary`, which shows what went wrong when the part cannot be fetched, in the reader's language:
 * every failure to load is a PartDownloadError (loadOnDemand), named `part` ("the story editor…") where the reader
 * needs more than "this part".
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  fallback: ReactNode,
  part: MessageDescriptor = THIS_PART,
): ComponentType<Props> {
  let failed = false;
  const loadPart = loadOnDemand(part, load);
  function attempt() {
    return loadPart().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        failed = true;
        throw error;
      },
    );
  }
  let Lazy = lazy(attempt);
  function takeLazy() {
    if (failed) {
      failed = false;
      Lazy = lazy(attempt);
    }
    return Lazy;
  }
  return function LazyPart(props: Props) {
    const [Part] = useState(takeLazy);
    return (
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    );
  };
}
