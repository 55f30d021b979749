import type { BasemapChoice } from './viewState.ts';

/**
 * What the map actually draws beneath the story, and why: online tiles, or the bundled countries because the reader
 * chose them, tiles failed, or none are configured. (ViewState's `basemap` is what the reader asked for; this is what
 * could be done.)
 */
export type BasemapStatus =
  { source: 'tiles' } | { source: 'offline'; reason: 'chosen' | 'tiles-failed' | 'no-tile-server' };

/** What is known about the tile server: none in this build, not known to fail (yet), or judged out of reach. */
export type TileServerHealth = 'none' | 'usable' | 'failed';

/** How far the offline basemap file has got, as far as the status line needs to know. */
export type OfflineBasemapProgress = 'loading' | 'loaded' | 'failed';

/**
 * Decides what to draw. No tile server beats everything; a reader's choice of the offline map comes next, so that it
 * stays offline (no tile requests at all) whatever the tiles did before.
 */
export function resolveBasemapStatus(requested: BasemapChoice, tiles: TileServerHealth): BasemapStatus {
  if (tiles === 'none') return { source: 'offline', reason: 'no-tile-server' };
  if (requested === 'offline') return { source: 'offline', reason: 'chosen' };
  if (tiles === 'failed') return { source: 'offline', reason: 'tiles-failed' };
  return { source: 'tiles' };
}

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
