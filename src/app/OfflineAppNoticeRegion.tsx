import { withWords } from '../i18n/i18n.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { lazyPart } from './lazyPart.tsx';
import type { OfflineAppStatus } from './useOfflineApp.ts';

const OfflineAppNotice = lazyPart(
  () => withWords(() => import('../panels/page/OfflineAppNotice.tsx')).then((module) => module.OfflineAppNotice),
  null,
);

interface OfflineAppNoticeRegionProps {
  status: OfflineAppStatus;
  onReload: () => void;
  onDismiss: () => void;
}

/**
 * The polite live region the offline app's notice appears in: always in the page (empty, it takes no room) so that a
 * screen reader hears the notice when it comes; the notice itself is fetched only then.
 */
export function OfflineAppNoticeRegion({ status, onReload, onDismiss }: OfflineAppNoticeRegionProps) {
  return (
    <div className="offline-app-notice" aria-live="polite">
      {(status === 'ready-offline' || status === 'new-version') && (
        <ErrorBoundary part="offline app notice">
          <OfflineAppNotice status={status} onReload={onReload} onDismiss={onDismiss} />
        </ErrorBoundary>
      )}
    </div>
  );
}
