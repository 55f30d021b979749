import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

/**
 * `React.lazy` for a part of the page fetched on demand, showing `fallback` while it loads, and made to try again.
 * React keeps a failed lazy component failed for good, so after a failure the next mount (an `ErrorBoundary`'s "Try
 * again" mounts its children afresh) takes a new one, which fetches again. The choice is held above the `Suspense`, in
 * a component that is committed while its child waits: React forgets the state of one that never was. Render it
 * within an `ErrorBoundary`, which shows what went wrong when the part cannot be fetched.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  fallback: ReactNode,
): ComponentType<Props> {
  let failed = false;
  function attempt() {
    return load().then(
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
