import type { LatLngTuple, Map as LeafletMap } from 'leaflet';
import { useMemo, useState } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import { layoutLabels, type LabelRequest, type PixelBox } from './layoutLabels.ts';
import { MapLabel } from './MapLabel.tsx';
import type { MapLabelSpec, MapLabelVariant } from './mapLabelSpecs.ts';

/** Rough text widths for app.css's label type (no canvas to measure with in every environment). */
const PIXELS_PER_CHARACTER: Record<MapLabelVariant, number> = { country: 9.5, province: 7.5 };
const LABEL_HEIGHT_PX = 16;

/** The screen area an incident marker covers: its icons are 34 px, and a speech bubble stands above its point. */
function markerBox(map: LeafletMap, position: LatLngTuple, zoom: number): PixelBox {
  const { x, y } = map.project(position, zoom);
  return { left: x - 18, top: y - 34, right: x + 18, bottom: y + 18 };
}

function requestFor(map: LeafletMap, spec: MapLabelSpec, zoom: number): LabelRequest {
  const [west = 0, south = 0, east = 0, north = 0] = spec.extent ?? [];
  const roomPx = spec.extent === null ? null : map.project([south, east], zoom).x - map.project([north, west], zoom).x;
  return {
    id: spec.id,
    centre: map.project(spec.position, zoom),
    width: spec.text.length * PIXELS_PER_CHARACTER[spec.variant] + 8,
    height: LABEL_HEIGHT_PX,
    required: spec.required,
    roomPx,
  };
}

interface MapLabelsProps {
  labels: readonly MapLabelSpec[];
  /** Points where markers stand: labels move off them. */
  avoid: readonly LatLngTuple[];
}

/** Names on the map, laid out again at every zoom so they neither hide markers nor pile up. */
export function MapLabels({ labels, avoid }: MapLabelsProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', () => setZoom(map.getZoom()));
  const placements = useMemo(() => {
    const obstacles = avoid.map((position) => markerBox(map, position, zoom));
    return layoutLabels(
      labels.map((spec) => requestFor(map, spec, zoom)),
      obstacles,
    );
  }, [map, zoom, labels, avoid]);
  const specs = new Map(labels.map((spec) => [spec.id, spec]));
  return placements.map(({ id, offset }) => {
    const spec = specs.get(id);
    if (spec === undefined) return null;
    const { position, text, variant } = spec;
    return (
      <MapLabel key={`${id}@${offset.join(',')}`} position={position} text={text} variant={variant} offset={offset} />
    );
  });
}
