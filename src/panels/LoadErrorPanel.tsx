import { useId } from 'react';
import type { DataProblem } from '../model/describeIssues.ts';

interface LoadErrorPanelProps {
  problems: readonly DataProblem[];
  onRetry: () => void;
}

/** Says what is wrong and where, in full: a reader can act on it, or pass it on to whoever publishes the map. */
export function LoadErrorPanel({ problems, onRetry }: LoadErrorPanelProps) {
  const headingId = useId();
  return (
    <section className="load-error" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>The story could not be loaded</h2>
      <ul className="load-error__problems">
        {problems.map((problem, index) => (
          <li key={`${problem.origin}-${problem.path}-${index}`}>
            <code className="load-error__where">
              {problem.origin} › {problem.path}
            </code>
            : {problem.message}
          </li>
        ))}
      </ul>
      <button type="button" className="load-error__retry" onClick={onRetry}>
        Retry
      </button>
    </section>
  );
}
