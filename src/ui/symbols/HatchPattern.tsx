import { BAND_HATCH } from '../../data/symbols/regionSymbols.ts';

/** The hatching a band is filled with, as an SVG `<pattern>` to place inside `<defs>`; ids must be unique in the page. */
export function HatchPattern({ id }: { id: string }) {
  const { colour, spacingPx, lineWidthPx, lineOpacity, backgroundOpacity } = BAND_HATCH;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={spacingPx} height={spacingPx} patternTransform="rotate(45)">
      <rect width={spacingPx} height={spacingPx} fill={colour} fillOpacity={backgroundOpacity} />
      <line x1="0" y1="0" x2="0" y2={spacingPx} stroke={colour} strokeOpacity={lineOpacity} strokeWidth={lineWidthPx} />
    </pattern>
  );
}
