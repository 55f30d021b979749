import { BAND_HATCH } from '../../data/symbols/regionSymbols.ts';

/**
 * The SVG pattern the border band is filled with. Leaflet's SVG paths can refer to it by id because it lives in the
 * same document; it is sized zero rather than hidden with display:none, which would stop Chromium painting it.
 */
export function BandHatchPattern() {
  const { id, colour, spacingPx, lineWidthPx, lineOpacity, backgroundOpacity } = BAND_HATCH;
  return (
    <svg className="band-hatch-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id={id}
          patternUnits="userSpaceOnUse"
          width={spacingPx}
          height={spacingPx}
          patternTransform="rotate(45)"
        >
          <rect width={spacingPx} height={spacingPx} fill={colour} fillOpacity={backgroundOpacity} />
          <line
            x1="0"
            y1="0"
            x2="0"
            y2={spacingPx}
            stroke={colour}
            strokeOpacity={lineOpacity}
            strokeWidth={lineWidthPx}
          />
        </pattern>
      </defs>
    </svg>
  );
}
