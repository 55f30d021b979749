import { useCallback, useState } from 'react';
import type { TileSource } from '../map/basemap/tileSource.ts';
import { resolveBasemapStatus, type BasemapStatus, type TileServerHealth } from '../state/basemapStatus.ts';
import type { ViewAction } from '../state/viewReducer.ts';
import type { BasemapChoice } from '../state/viewState.ts';

export interface BasemapHandle {
  /** What the map draws now. */
  status: BasemapStatus;
  /** A new number each time the tiles are tried afresh: the tile layer's key. */
  tileAttempt: number;
  /** The reader's choice, from the basemap switch; choosing "online" after tiles failed tries them again. */
  choose: (choice: BasemapChoice) => void;
  /** Called by the tile layer once it judges the tile server out of reach. */
  tilesFailed: () => void;
}

/**
 * Joins what the reader asked for (in the view state, and so in the link) with what the tile server did (known only to
 * this page, never in the link) into what the map draws.
 */
export function useBasemap(
  requested: BasemapChoice,
  tileSource: TileSource | null,
  dispatch: (action: ViewAction) => void,
): BasemapHandle {
  const [tiles, setTiles] = useState({ attempt: 0, failed: false });
  const health: TileServerHealth = tileSource === null ? 'none' : tiles.failed ? 'failed' : 'usable';

  const tilesFailed = useCallback(() => setTiles((now) => (now.failed ? now : { ...now, failed: true })), []);
  const choose = useCallback(
    (choice: BasemapChoice) => {
      dispatch({ type: 'chooseBasemap', basemap: choice });
      if (choice === 'online') setTiles((now) => (now.failed ? { attempt: now.attempt + 1, failed: false } : now));
    },
    [dispatch],
  );

  return { status: resolveBasemapStatus(requested, health), tileAttempt: tiles.attempt, choose, tilesFailed };
}
