import type { PathOptions } from 'leaflet';
import type { RegionKind } from '../model/region.ts';

export const BAND_HATCH_ID = 'citemap-band-hatch';

/** How each kind of region is drawn: the border strong, the provinces a light wash, the band hatched. */
export const REGION_STYLES: Record<RegionKind, PathOptions> = {
  province: {
    className: 'region region--province',
    color: '#7a6a4f',
    weight: 1.5,
    opacity: 0.8,
    fillColor: '#e9dcc0',
    fillOpacity: 0.35,
  },
  'border-band': {
    className: 'region region--border-band',
    color: '#a0522d',
    weight: 1,
    opacity: 0.7,
    dashArray: '4 4',
    fillColor: `url(#${BAND_HATCH_ID})`,
    fillOpacity: 1,
  },
  border: {
    className: 'region region--border',
    color: '#3f2a6b',
    weight: 4,
    opacity: 0.95,
    fill: false,
    lineCap: 'round',
    lineJoin: 'round',
  },
};

/** Lower draws first: the band's hatching lies over the province wash, and the border line over both. */
export const REGION_DRAW_ORDER: Record<RegionKind, number> = { province: 0, 'border-band': 1, border: 2 };
