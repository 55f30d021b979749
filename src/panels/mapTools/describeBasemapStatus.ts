import type { BasemapStatus, OfflineBasemapProgress } from '../../state/basemapStatus.ts';

const WHY: Record<Exclude<Extract<BasemapStatus, { source: 'offline' }>['reason'], 'chosen'>, string> = {
  'tiles-failed': 'Map tiles could not be loaded',
  'no-tile-server': 'No tile server is configured',
};

/** The offline map as the reader chose it: only its own trouble needs saying, the choice itself is on the switch. */
function describeChosenOffline(offline: OfflineBasemapProgress): string | null {
  switch (offline) {
    case 'loaded':
      return null;
    case 'loading':
      return 'Loading the built-in offline map…';
    case 'failed':
      return "The built-in offline map is missing: only the story's own shapes are drawn.";
  }
}

/**
 * The quiet status line above the map: it says what it is drawn on, or null when the map shows what the reader asked
 * for and nothing needs saying.
 */
export function describeBasemapStatus(status: BasemapStatus, offline: OfflineBasemapProgress): string | null {
  if (status.source === 'tiles') return null;
  if (status.reason === 'chosen') return describeChosenOffline(offline);
  const why = WHY[status.reason];
  switch (offline) {
    case 'loaded':
      return `${why}; showing the built-in offline map.`;
    case 'loading':
      return `${why}; loading the built-in offline map…`;
    case 'failed':
      return `${why}, and the built-in offline map is missing too: only the story's own shapes are drawn.`;
  }
}
