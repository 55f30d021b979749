import { useEffect, useMemo, useRef } from 'react';
import { TileLayer } from 'react-leaflet';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { TileSource } from './tileSource.ts';

/** This many tiles failing in a row, with none arriving between them, means the tile server is out of reach. */
const FAILURES_IN_A_ROW = 4;
/** A blocked network may drop requests silently rather than refuse them: give up if no tile arrives by then. */
const FIRST_TILE_TIMEOUT_MS = 10_000;

interface OnlineTileLayerProps {
  source: TileSource;
  /** Called once the tiles are judged unreachable; the parent then switches to the offline basemap. */
  onFailed: () => void;
}

export function OnlineTileLayer({ source, onFailed }: OnlineTileLayerProps) {
  const i18n = useI18n();
  const failuresInARow = useRef(0);
  const anyTileArrived = useRef(false);

  const eventHandlers = useMemo(
    () => ({
      tileload() {
        anyTileArrived.current = true;
        failuresInARow.current = 0;
      },
      tileerror() {
        failuresInARow.current += 1;
        if (failuresInARow.current === FAILURES_IN_A_ROW) onFailed();
      },
    }),
    [onFailed],
  );

  useEffect(
    function giveUpWhenNoTileArrives() {
      const timer = window.setTimeout(() => {
        if (!anyTileArrived.current) onFailed();
      }, FIRST_TILE_TIMEOUT_MS);
      return () => window.clearTimeout(timer);
    },
    [onFailed],
  );

  return (
    <TileLayer
      url={source.url}
      attribution={typeof source.attribution === 'string' ? source.attribution : i18n._(source.attribution)}
      eventHandlers={eventHandlers}
    />
  );
}
