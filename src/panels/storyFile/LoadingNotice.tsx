import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import './storyFile.css';

interface LoadingNoticeProps {
  /** For a story a link names: where it is coming from, and the way back to the app's own story. */
  fromLink?: { address: string; onCancel: () => void };
}

/** Says the story is on its way; a story from another address can be given up on, since its server may never answer. */
export function LoadingNotice({ fromLink }: LoadingNoticeProps) {
  const i18n = useI18n();
  if (fromLink === undefined) {
    return (
      <p className="loading-notice" role="status">
        {i18n._({ id: 'storyFile.loading', message: 'Loading the story…' })}
      </p>
    );
  }
  return (
    <div className="loading-notice">
      <p role="status">
        {translateNodes(
          i18n,
          /*i18n*/ { id: 'storyFile.loadingFrom', message: 'Loading the story from {address}…' },
          { address: <bdi className="loading-notice__address">{fromLink.address}</bdi> },
        )}
      </p>
      <button type="button" className="load-error__retry" onClick={fromLink.onCancel}>
        {i18n._({ id: 'storyFile.cancelLoading', message: 'Cancel and open the default story' })}
      </button>
    </div>
  );
}
