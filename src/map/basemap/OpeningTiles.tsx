import { MapContainer, TileLayer } from 'react-leaflet';
import type { BoundingBox } from '../../model/geojson.ts';
import { openingFrame } from '../camera/openingFrame.ts';
import type { TileSource } from './tileSource.ts';
import './openingTiles.css';

interface OpeningTilesProps {
  /** The default bounds of the story on its way, known when the app was built. */
  frame: BoundingBox;
  source: TileSource;
}

/**
 * Fetches the tiles the story's map will open on while the story itself is still downloading. The tiles are the last
 * link of a chain (page, scripts, story, first render, map, tiles), so on a slow network the basemap used to paint a
 * round trip after everything else. An unseen map of the same size and frame asks for them now; the story's map,
 * once drawn, finds them in the browser's cache. Leaflet itself works out which tiles, so they are the same ones.
 * Placed where the story's map will be (StoryLoadingLayout), and removed with the loading notice.
 */
export function OpeningTiles({ frame, source }: OpeningTilesProps) {
  return (
    <div className="opening-tiles" aria-hidden="true" inert>
      <MapContainer
        className="story-map__canvas"
        {...openingFrame(frame)}
        zoomControl={false}
        attributionControl={false}
        keyboard={false}
        dragging={false}
        touchZoom={false}
        doubleClickZoom={false}
        scrollWheelZoom={false}
        boxZoom={false}
        fadeAnimation={false}
        zoomAnimation={false}
        markerZoomAnimation={false}
      >
        {/* The story's map adds the same layer (OnlineTileLayer), with its failure handling: nothing to handle here. */}
        <TileLayer url={source.url} />
      </MapContainer>
    </div>
  );
}
