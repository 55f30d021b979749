import './offlineAppNotice.css';

interface OfflineAppNoticeProps {
  status: 'none' | 'ready-offline' | 'new-version' | 'failed';
  onReload: () => void;
  onDismiss: () => void;
}

/**
 * A quiet line at the foot of the page: the map now opens with no network, or a new version waits for a reload. A
 * failed registration says nothing: the map works as before, online.
 */
export function OfflineAppNotice({ status, onReload, onDismiss }: OfflineAppNoticeProps) {
  return (
    <div className="offline-app-notice" aria-live="polite">
      {status === 'ready-offline' && (
        <p className="offline-app-notice__line">
          Saved for offline use: this map, its article, the presentation and the handout now open with no network.{' '}
          <button type="button" className="offline-app-notice__button" onClick={onDismiss}>
            OK
          </button>
        </p>
      )}
      {status === 'new-version' && (
        <p className="offline-app-notice__line">
          A new version of Citemap is ready.{' '}
          <button type="button" className="offline-app-notice__button" onClick={onReload}>
            Reload to use it
          </button>{' '}
          <button type="button" className="offline-app-notice__button" onClick={onDismiss}>
            Later
          </button>
        </p>
      )}
    </div>
  );
}
