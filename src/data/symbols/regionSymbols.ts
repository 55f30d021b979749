import type { RegionKind } from '../../model/region.ts';

export interface RegionLine {
  colour: string;
  weightPx: number;
  opacity: number;
  /** SVG dash pattern in pixels, e.g. "4 4"; absent for a solid line. */
  dash?: string;
}

export type RegionArea = { type: 'wash'; colour: string; opacity: number } | { type: 'hatch' };

/**
 * How one kind of region looks, as plain data: the map turns it into Leaflet path options and the legend into an SVG
 * swatch, so the two cannot drift apart.
 */
export interface RegionSymbol {
  line: RegionLine;
  /** Null for a line that encloses nothing (the border). */
  area: RegionArea | null;
}

/** The diagonal hatching that fills the border band: a pattern, so the province wash beneath it stays visible. */
export const BAND_HATCH = {
  id: 'citemap-band-hatch',
  colour: '#a0522d',
  spacingPx: 9,
  lineWidthPx: 2.5,
  lineOpacity: 0.45,
  backgroundOpacity: 0.08,
} as const;

/** The border strong, the provinces a light wash, the band hatched. */
export const REGION_SYMBOLS: Record<RegionKind, RegionSymbol> = {
  province: {
    line: { colour: '#7a6a4f', weightPx: 1.5, opacity: 0.8 },
    area: { type: 'wash', colour: '#e9dcc0', opacity: 0.35 },
  },
  'border-band': {
    line: { colour: BAND_HATCH.colour, weightPx: 1, opacity: 0.7, dash: '4 4' },
    area: { type: 'hatch' },
  },
  border: {
    line: { colour: '#3f2a6b', weightPx: 4, opacity: 0.95 },
    area: null,
  },
  // A shape from an opened file: a colour no incident or region of Citemap's own uses, so it reads as the file's.
  drawn: {
    line: { colour: '#0f6b73', weightPx: 3, opacity: 0.9 },
    area: { type: 'wash', colour: '#0f6b73', opacity: 0.12 },
  },
};
