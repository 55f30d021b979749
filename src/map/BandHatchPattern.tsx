import { BAND_HATCH_ID } from './regionStyles.ts';

/**
 * The SVG pattern the border band is filled with. Leaflet's SVG paths can refer to it by id because it lives in the
 * same document; it is sized zero rather than hidden with display:none, which would stop Chromium painting it.
 */
export function BandHatchPattern() {
  return (
    <svg className="band-hatch-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={BAND_HATCH_ID} patternUnits="userSpaceOnUse" width="9" height="9" patternTransform="rotate(45)">
          <rect width="9" height="9" fill="#a0522d" fillOpacity="0.08" />
          <line x1="0" y1="0" x2="0" y2="9" stroke="#a0522d" strokeOpacity="0.45" strokeWidth="2.5" />
        </pattern>
      </defs>
    </svg>
  );
}
