import { GeoJSON } from 'react-leaflet';
import type { RegionCollection } from '../model/region.ts';
import { layerOfRegionKind, type LayerId } from '../state/layers.ts';
import { REGION_DRAW_ORDER, REGION_STYLES } from './regionStyles.ts';

interface RegionLayersProps {
  regions: RegionCollection;
  visibleLayers: ReadonlySet<LayerId>;
}

/** The story's own shapes: provinces, the band along the border, and the border line, styled by kind. */
export function RegionLayers({ regions, visibleLayers }: RegionLayersProps) {
  const ordered = regions.features
    .filter((region) => visibleLayers.has(layerOfRegionKind(region.properties.kind)))
    .sort((a, b) => REGION_DRAW_ORDER[a.properties.kind] - REGION_DRAW_ORDER[b.properties.kind]);
  return ordered.map((region) => (
    // Each region is its own layer so that its style comes straight from the table; the data never changes after load.
    <GeoJSON key={region.id} data={region} style={REGION_STYLES[region.properties.kind]} interactive={false} />
  ));
}
