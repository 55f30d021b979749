import type { LatLngTuple } from 'leaflet';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type { MapLabelVariant } from './mapLabelSpecs.ts';

interface MapLabelProps {
  position: LatLngTuple;
  text: string;
  variant: MapLabelVariant;
  /** Pixels to shift the text by; fixed for the label's life (give a new key to move it). */
  offset: [number, number];
}

/**
 * A name written on the map. Leaflet tooltips need a layer to hang on, so an invisible point carries a permanent,
 * non-interactive tooltip whose text React renders (never an HTML string). It takes the pane of its parent <Pane>.
 */
export function MapLabel({ position, text, variant, offset }: MapLabelProps) {
  return (
    <CircleMarker center={position} radius={0} stroke={false} fill={false} interactive={false}>
      <Tooltip
        permanent
        direction="center"
        interactive={false}
        opacity={1}
        offset={offset}
        className={`map-label map-label--${variant}`}
      >
        {text}
      </Tooltip>
    </CircleMarker>
  );
}
