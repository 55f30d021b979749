import { useId } from 'react';
import type { DataProblem } from '../../model/describeIssues.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { ProblemList } from './ProblemList.tsx';
import './storyFile.css';

interface LoadErrorPanelProps {
  problems: readonly DataProblem[];
  onRetry: () => void;
  /** Offered when the story came from a link's `story=`: the way back to the app's own story. */
  onOpenDefault?: () => void;
}

/** Says what is wrong and where, in full: a reader can act on it, or pass it on to whoever publishes the map. */
export function LoadErrorPanel({ problems, onRetry, onOpenDefault }: LoadErrorPanelProps) {
  const headingId = useId();
  const i18n = useI18n();
  return (
    <section className="load-error" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{i18n._({ id: 'storyFile.loadFailed', message: 'The story could not be loaded' })}</h2>
      <ProblemList problems={problems} />
      <p className="load-error__actions">
        <button type="button" className="load-error__retry" onClick={onRetry}>
          {i18n._({ id: 'storyFile.retry', message: 'Retry' })}
        </button>
        {onOpenDefault !== undefined && (
          <button type="button" className="load-error__retry" onClick={onOpenDefault}>
            {i18n._({ id: 'storyFile.openDefault', message: 'Open the default story instead' })}
          </button>
        )}
      </p>
    </section>
  );
}
