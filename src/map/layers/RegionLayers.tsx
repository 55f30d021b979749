import type { ReactNode } from 'react';
import { GeoJSON, Popup } from 'react-leaflet';
import type { RegionCollection, RegionProperties } from '../../model/region.ts';
import { layerOfRegionKind, type LayerId } from '../../state/layers.ts';
import { REGION_DRAW_ORDER, REGION_STYLES } from './regionStyles.ts';

interface RegionLayersProps {
  regions: RegionCollection;
  visibleLayers: ReadonlySet<LayerId>;
  /** What a click on a shape tells: its name, what it is (a drawing aid says so) and its source. */
  renderPopup: (region: RegionProperties) => ReactNode;
}

/** The story's own shapes: provinces, the band along the border, and the border line, styled by kind. */
export function RegionLayers({ regions, visibleLayers, renderPopup }: RegionLayersProps) {
  const ordered = regions.features
    .filter((region) => visibleLayers.has(layerOfRegionKind(region.properties.kind)))
    .sort((a, b) => REGION_DRAW_ORDER[a.properties.kind] - REGION_DRAW_ORDER[b.properties.kind]);
  return ordered.map((region) => (
    // Each region is its own layer so that its style comes straight from the table; the data never changes after load.
    <GeoJSON key={region.id} data={region} style={REGION_STYLES[region.properties.kind]}>
      <Popup maxWidth={320}>{renderPopup(region.properties)}</Popup>
    </GeoJSON>
  ));
}
