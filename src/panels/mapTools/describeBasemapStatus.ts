import type { I18n } from '../../i18n/i18n.ts';
import type { BasemapStatus, OfflineBasemapProgress } from '../../state/basemapStatus.ts';

/** The offline map as the reader chose it: only its own trouble needs saying, the choice itself is on the switch. */
function describeChosenOffline(offline: OfflineBasemapProgress, i18n: I18n): string | null {
  switch (offline) {
    case 'loaded':
      return null;
    case 'loading':
      return i18n._({ id: 'basemapStatus.loading', message: 'Loading the built-in offline map…' });
    case 'failed':
      return i18n._({
        id: 'basemapStatus.missing',
        message: "The built-in offline map is missing: only the story's own shapes are drawn.",
      });
  }
}

/**
 * The quiet status line above the map: it says what it is drawn on, or null when the map shows what the reader asked
 * for and nothing needs saying.
 */
export function describeBasemapStatus(
  status: BasemapStatus,
  offline: OfflineBasemapProgress,
  i18n: I18n,
): string | null {
  if (status.source === 'tiles') return null;
  if (status.reason === 'chosen') return describeChosenOffline(offline, i18n);
  const why =
    status.reason === 'tiles-failed'
      ? i18n._({ id: 'basemapStatus.tilesFailed', message: 'Map tiles could not be loaded' })
      : i18n._({ id: 'basemapStatus.noServer', message: 'No tile server is configured' });
  switch (offline) {
    case 'loaded':
      return i18n._({
        id: 'basemapStatus.showingOffline',
        message: '{why}; showing the built-in offline map.',
        values: { why },
      });
    case 'loading':
      return i18n._({
        id: 'basemapStatus.loadingOffline',
        message: '{why}; loading the built-in offline map…',
        values: { why },
      });
    case 'failed':
      return i18n._({
        id: 'basemapStatus.offlineMissing',
        message: "{why}, and the built-in offline map is missing too: only the story's own shapes are drawn.",
        values: { why },
      });
  }
}
