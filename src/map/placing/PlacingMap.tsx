import { divIcon, type LeafletMouseEvent, type Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { Circle, CircleMarker, MapContainer, Marker, Tooltip, useMapEvents } from 'react-leaflet';
import type { BoundingBox, Position } from '../../model/geojson.ts';
import type { Basemap } from '../../model/region.ts';
import { OfflineBasemapLayer } from '../basemap/OfflineBasemapLayer.tsx';
import { OnlineTileLayer } from '../basemap/OnlineTileLayer.tsx';
import type { TileSource } from '../basemap/tileSource.ts';
import { toLatLng, toLatLngBounds } from '../toLatLng.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import './placingMap.css';

export interface OtherPoint {
  id: string;
  title: string;
  position: Position;
}

interface PlacingMapProps {
  /** The point being placed, [longitude, latitude]; null before it is placed. */
  point: Position | null;
  /** Drawn as a dashed circle around an approximate point: a guide, as on the viewer's map. */
  radiusKm: number | null;
  approximate: boolean;
  /** Where the map opens, and where it goes when the point is set from elsewhere (a search, typed coordinates). */
  bounds: BoundingBox;
  others: readonly OtherPoint[];
  tileSource: TileSource | null;
  basemap: Basemap | null;
  label: string;
  /** A click on the map, or the marker dropped after a drag. */
  onPlace: (position: Position) => void;
  /** The map's view after every move, for a tour step that takes its view from the map. */
  onViewChange?: (bounds: BoundingBox) => void;
}

const ROUND = 1e5;

function positionOf(event: { latlng: { lat: number; lng: number } }): Position {
  const { lat, lng } = event.latlng;
  return [Math.round(lng * ROUND) / ROUND, Math.round(lat * ROUND) / ROUND];
}

function viewOf(map: LeafletMap): BoundingBox {
  const bounds = map.getBounds();
  const round = (value: number) => Math.round(value * 1e3) / 1e3;
  return [
    round(Math.max(-180, bounds.getWest())),
    round(Math.max(-90, bounds.getSouth())),
    round(Math.min(180, bounds.getEast())),
    round(Math.min(90, bounds.getNorth())),
  ];
}

function MapEvents({ onPlace, onViewChange }: Pick<PlacingMapProps, 'onPlace' | 'onViewChange'>) {
  const map = useMapEvents({
    click(event: LeafletMouseEvent) {
      onPlace(positionOf(event));
    },
    moveend() {
      onViewChange?.(viewOf(map));
    },
  });
  useEffect(
    function reportFirstView() {
      onViewChange?.(viewOf(map));
    },
    [map, onViewChange],
  );
  return null;
}

function FollowPoint({ point, map }: { point: Position | null; map: LeafletMap | null }) {
  useEffect(
    function showPlacedPoint() {
      if (map === null || point === null) return;
      const target = toLatLng(point);
      // A point placed on a view of the whole world (a new story) is shown close enough to move it precisely.
      if (!map.getBounds().pad(-0.1).contains(target) || map.getZoom() < 5) {
        map.setView(target, Math.max(map.getZoom(), 8));
      }
    },
    [map, point],
  );
  return null;
}

const PLACED_ICON = divIcon({ className: 'placing-map__marker', iconSize: [22, 22], iconAnchor: [11, 11] });
const APPROXIMATE_ICON = divIcon({
  className: 'placing-map__marker placing-map__marker--approximate',
  iconSize: [22, 22],
  iconAnchor: [11, 11],
});

/**
 * The editor's map: a click places the incident, the marker can be dragged, and the other incidents are shown for
 * reference. Approximate places are drawn hollow with a dashed circle, as the viewer draws them.
 */
export function PlacingMap(props: PlacingMapProps) {
  const { point, radiusKm, approximate, bounds, others, tileSource, basemap, label, onPlace, onViewChange } = props;
  const i18n = useI18n();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const markerEvents = useMemo(
    () => ({
      dragend(event: { target: { getLatLng: () => { lat: number; lng: number } } }) {
        onPlace(positionOf({ latlng: event.target.getLatLng() }));
      },
    }),
    [onPlace],
  );
  return (
    <div className="placing-map" aria-label={label} role="region">
      <MapContainer
        className="placing-map__map"
        bounds={toLatLngBounds(bounds)}
        ref={setMap}
        zoomSnap={0.25}
        worldCopyJump={false}
      >
        {/* The offline countries under the tiles: there at once, and all there is when no tile server answers. */}
        {basemap !== null && <OfflineBasemapLayer basemap={basemap} />}
        {tileSource !== null && !tilesFailed && (
          <OnlineTileLayer source={tileSource} onFailed={() => setTilesFailed(true)} />
        )}
        <MapEvents onPlace={onPlace} onViewChange={onViewChange} />
        <FollowPoint point={point} map={map} />
        {others.map((other) => (
          <CircleMarker
            key={other.id}
            center={toLatLng(other.position)}
            radius={5}
            pathOptions={{ color: '#555', weight: 1, fillOpacity: 0.5 }}
            interactive={false}
          >
            <Tooltip>
              <StoryText>{other.title}</StoryText>
            </Tooltip>
          </CircleMarker>
        ))}
        {point !== null && approximate && radiusKm !== null && (
          <Circle
            center={toLatLng(point)}
            radius={radiusKm * 1000}
            pathOptions={{ color: '#7a3b00', weight: 2, dashArray: '6 6', fill: false }}
            interactive={false}
          />
        )}
        {point !== null && (
          <Marker
            // The title and alt are set when the marker is made: a new marker in a new language.
            key={i18n.locale}
            position={toLatLng(point)}
            draggable
            icon={approximate ? APPROXIMATE_ICON : PLACED_ICON}
            eventHandlers={markerEvents}
            title={i18n._({ id: 'placing.marker.title', message: "The incident's point: drag to move it" })}
            alt={i18n._({ id: 'placing.marker.alt', message: "The incident's point" })}
          />
        )}
      </MapContainer>
    </div>
  );
}
