import { lazy, Suspense, useId, type ComponentType } from 'react';
import type { StoryLoadProgress } from '../../data/load/storyLoadProgress.ts';
import { withWords } from '../../i18n/i18n.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import './storyFile.css';

interface LoadingNoticeProps {
  /** For a story a link names: where it is coming from, and the way back to the app's own story. */
  fromLink?: { address: string; onCancel: () => void };
  /** How far it has come, where the loader can tell. */
  progress?: StoryLoadProgress | null;
}

/** Progress in words and as a bar: told only for a link's story or a large one, so its code comes when told. */
const StoryProgress = lazy<ComponentType<{ progress: StoryLoadProgress; labelledBy: string }>>(() =>
  withWords(() => import('./StoryProgress.tsx')).then(
    (module) => ({ default: module.StoryProgress }),
    // Without it the notice still says the story is loading.
    () => ({ default: () => null }),
  ),
);

/** Says the story is on its way; a story from another address can be given up on, since its server may never answer. */
export function LoadingNotice({ fromLink, progress = null }: LoadingNoticeProps) {
  const i18n = useI18n();
  const statusId = useId();
  const told =
    progress === null ? null : (
      <Suspense fallback={null}>
        <StoryProgress progress={progress} labelledBy={statusId} />
      </Suspense>
    );
  return (
    <div className="loading-notice">
      <p role="status" id={statusId}>
        {fromLink === undefined
          ? i18n._({ id: 'storyFile.loading', message: 'Loading the story…' })
          : translateNodes(
              i18n,
              /*i18n*/ { id: 'storyFile.loadingFrom', message: 'Loading the story from {address}…' },
              { address: <bdi className="loading-notice__address">{fromLink.address}</bdi> },
            )}
      </p>
      {told}
      {fromLink !== undefined && (
        <button type="button" className="load-error__retry" onClick={fromLink.onCancel}>
          {i18n._({ id: 'storyFile.cancelLoading', message: 'Cancel and open the default story' })}
        </button>
      )}
    </div>
  );
}
