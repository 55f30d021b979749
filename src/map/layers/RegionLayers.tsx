import type { ReactNode } from 'react';
import { GeoJSON, Popup } from 'react-leaflet';
import type { PathOptions } from 'leaflet';
import type { Region, RegionCollection, RegionProperties } from '../../model/region.ts';
import { layerOfRegionKind, type LayerId } from '../../state/layers.ts';
import { REGION_DRAW_ORDER, REGION_STYLES } from './regionStyles.ts';

interface RegionLayersProps {
  regions: RegionCollection;
  visibleLayers: ReadonlySet<LayerId>;
  /** What a click on a shape tells: its name, what it is (a drawing aid says so) and its source. */
  renderPopup: (region: RegionProperties) => ReactNode;
}

/** A line encloses nothing: Leaflet would otherwise fill the polygon its ends make. */
function regionStyle(region: Region): PathOptions {
  const style = REGION_STYLES[region.properties.kind];
  return region.geometry.type.endsWith('LineString') ? { ...style, fill: false } : style;
}

/**
 * The story's own shapes, styled by kind: provinces, the band along the border, the border line, and the lines and
 * areas an opened file drew.
 */
export function RegionLayers({ regions, visibleLayers, renderPopup }: RegionLayersProps) {
  const ordered = regions.features
    .filter((region) => visibleLayers.has(layerOfRegionKind(region.properties.kind)))
    .sort((a, b) => REGION_DRAW_ORDER[a.properties.kind] - REGION_DRAW_ORDER[b.properties.kind]);
  return ordered.map((region) => (
    // Each region is its own layer so that its style comes straight from the table; the data never changes after load.
    <GeoJSON key={region.id} data={region} style={regionStyle(region)}>
      <Popup maxWidth={320}>{renderPopup(region.properties)}</Popup>
    </GeoJSON>
  ));
}
