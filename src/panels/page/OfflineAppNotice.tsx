import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useEffect, useRef } from 'react';
import './offlineAppNotice.css';

/** The room the notice takes at the foot of the page, which offlineAppNotice.css keeps clear of everything else. */
const ROOM = '--offline-app-notice-room';

interface OfflineAppNoticeProps {
  status: 'ready-offline' | 'new-version';
  onReload: () => void;
  onDismiss: () => void;
}

/**
 * A quiet line at the foot of the page: the map now opens with no network, or a new version waits for a reload. The
 * page holds the live region it appears in (OfflineAppNoticeRegion), so that screen readers hear it; this, its text and
 * styles, is fetched only when there is something to say.
 */
export function OfflineAppNotice({ status, onReload, onDismiss }: OfflineAppNoticeProps) {
  const noticeRef = useRef<HTMLDivElement>(null);
  const i18n = useI18n();
  useEffect(function keepRoomForNotice() {
    const notice = noticeRef.current;
    if (notice === null || typeof ResizeObserver === 'undefined') return undefined;
    const rootStyle = document.documentElement.style;
    const observer = new ResizeObserver(() => {
      if (notice.offsetHeight === 0) rootStyle.removeProperty(ROOM);
      else rootStyle.setProperty(ROOM, `calc(${notice.offsetHeight}px + 1rem)`);
    });
    observer.observe(notice);
    return () => {
      observer.disconnect();
      rootStyle.removeProperty(ROOM);
    };
  }, []);
  return (
    <div ref={noticeRef} className="offline-app-notice__content">
      {status === 'ready-offline' && (
        <p className="offline-app-notice__line">
          {i18n._({
            id: 'offline.saved',
            message:
              'Saved for offline use: this map, its article, the presentation and the handout now open with no network.',
          })}{' '}
          <button type="button" className="offline-app-notice__button" onClick={onDismiss}>
            {i18n._({ id: 'common.ok', message: 'OK' })}
          </button>
        </p>
      )}
      {status === 'new-version' && (
        <p className="offline-app-notice__line">
          {i18n._({ id: 'offline.newVersion', message: 'A new version of Citemap is ready.' })}{' '}
          <button type="button" className="offline-app-notice__button" onClick={onReload}>
            {i18n._({ id: 'offline.reload', message: 'Reload to use it' })}
          </button>{' '}
          <button type="button" className="offline-app-notice__button" onClick={onDismiss}>
            {i18n._({ id: 'offline.later', message: 'Later' })}
          </button>
        </p>
      )}
    </div>
  );
}
