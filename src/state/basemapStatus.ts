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
