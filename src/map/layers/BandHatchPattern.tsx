import { BAND_HATCH } from '../../data/symbols/regionSymbols.ts';
import { HatchPattern } from '../../ui/symbols/HatchPattern.tsx';

/**
 * The SVG pattern the border band is filled with. Leaflet's SVG paths can refer to it by id because it lives in the
 * same document; it is sized zero rather than hidden with display:none, which would stop Chromium painting it.
 */
export function BandHatchPattern() {
  return (
    <svg className="band-hatch-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <HatchPattern id={BAND_HATCH.id} />
      </defs>
    </svg>
  );
}
