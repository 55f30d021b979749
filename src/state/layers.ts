import type { IncidentKind } from '../model/incident.ts';
import type { RegionKind } from '../model/region.ts';

/** The map's toggleable layers, in the order the layer control lists them. */
export const LAYER_IDS = ['strikes', 'statements', 'references', 'drawn', 'border', 'provinces', 'band'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

const LAYER_OF_INCIDENT_KIND: Record<IncidentKind, LayerId> = {
  strike: 'strikes',
  statement: 'statements',
  reference: 'references',
};

const LAYER_OF_REGION_KIND: Record<RegionKind, LayerId> = {
  border: 'border',
  province: 'provinces',
  'border-band': 'band',
  drawn: 'drawn',
};

export function layerOfIncidentKind(kind: IncidentKind): LayerId {
  return LAYER_OF_INCIDENT_KIND[kind];
}

export function layerOfRegionKind(kind: RegionKind): LayerId {
  return LAYER_OF_REGION_KIND[kind];
}
