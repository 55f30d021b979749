import { useId } from 'react';
import { REGION_SYMBOLS } from '../../data/symbols/regionSymbols.ts';
import type { RegionKind } from '../../model/region.ts';
import { HatchPattern } from '../../ui/symbols/HatchPattern.tsx';

interface RegionSwatchProps {
  kind: RegionKind;
  sizePx: number;
}

/**
 * A small sample of how the map draws one kind of region, from the same symbol table: a stretch of line for the
 * border, a patch with its outline for an area.
 */
export function RegionSwatch({ kind, sizePx }: RegionSwatchProps) {
  // Each swatch defines its own hatch pattern: ids must be unique in the page, and the map's may not be drawn yet.
  const patternId = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const { line, area } = REGION_SYMBOLS[kind];
  const stroke = {
    stroke: line.colour,
    strokeWidth: line.weightPx,
    strokeOpacity: line.opacity,
    strokeDasharray: line.dash,
    strokeLinecap: 'round' as const,
  };
  return (
    <svg className="region-swatch" viewBox="0 0 24 24" width={sizePx} height={sizePx} aria-hidden="true">
      {area?.type === 'hatch' && (
        <defs>
          <HatchPattern id={patternId} />
        </defs>
      )}
      {area === null ? (
        <path d="M3 19 C9 17 9 7 21 5" fill="none" {...stroke} />
      ) : (
        <rect
          x="3"
          y="3"
          width="18"
          height="18"
          rx="2"
          fill={area.type === 'hatch' ? `url(#${patternId})` : area.colour}
          fillOpacity={area.type === 'hatch' ? 1 : area.opacity}
          {...stroke}
        />
      )}
    </svg>
  );
}
