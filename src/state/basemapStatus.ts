/**
 * What the map actually draws beneath the story, and why: online tiles, or the bundled countries when tiles failed or
 * none are configured. (ViewState's `basemap` is what the reader asked for; this is what could be done.)
 */
export type BasemapStatus = { source: 'tiles' } | { source: 'offline'; reason: 'tiles-failed' | 'no-tile-server' };

/** How far the offline basemap file has got, as far as the status line needs to know. */
export type OfflineBasemapProgress = 'loading' | 'loaded' | 'failed';

const WHY: Record<Extract<BasemapStatus, { source: 'offline' }>['reason'], string> = {
  'tiles-failed': 'Map tiles could not be loaded',
  'no-tile-server': 'No tile server is configured',
};

/**
 * The quiet status line above the map: it says what it is drawn on, or null when tiles show and nothing needs saying.
 */
export function describeBasemapStatus(status: BasemapStatus, offline: OfflineBasemapProgress): string | null {
  if (status.source === 'tiles') return null;
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
