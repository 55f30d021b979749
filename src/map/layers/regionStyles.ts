import type { PathOptions } from 'leaflet';
import { BAND_HATCH, REGION_SYMBOLS, type RegionSymbol } from '../../data/symbols/regionSymbols.ts';
import type { RegionKind } from '../../model/region.ts';

function pathOptions(kind: RegionKind, { line, area }: RegionSymbol): PathOptions {
  const stroke: PathOptions = {
    className: `region region--${kind}`,
    color: line.colour,
    weight: line.weightPx,
    opacity: line.opacity,
    dashArray: line.dash,
  };
  if (area === null) return { ...stroke, fill: false };
  if (area.type === 'hatch') return { ...stroke, fillColor: `url(#${BAND_HATCH.id})`, fillOpacity: 1 };
  return { ...stroke, fillColor: area.colour, fillOpacity: area.opacity };
}

/** Leaflet's path options for each kind of region, from the symbol table the legend draws too. */
export const REGION_STYLES: Record<RegionKind, PathOptions> = {
  province: pathOptions('province', REGION_SYMBOLS.province),
  'border-band': pathOptions('border-band', REGION_SYMBOLS['border-band']),
  border: pathOptions('border', REGION_SYMBOLS.border),
  drawn: pathOptions('drawn', REGION_SYMBOLS.drawn),
};

/**
 * Lower draws first: the band's hatching lies over the province wash, the border line over both, and what a file's
 * author drew over all of Citemap's own.
 */
export const REGION_DRAW_ORDER: Record<RegionKind, number> = { province: 0, 'border-band': 1, border: 2, drawn: 3 };
