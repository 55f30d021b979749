import type { IncidentKind } from '../../model/incident.ts';
import type { PartyMark } from './partyMarks.ts';

/** The side of a marker's square drawing, in pixels on the map and in viewBox units everywhere. */
export const INCIDENT_SYMBOL_SIZE = 34;

export type IncidentSymbolShape =
  | { tag: 'polygon'; points: string }
  | { tag: 'path'; d: string }
  | { tag: 'circle'; cx: number; cy: number; r: number };

/**
 * One incident's symbol as plain data: the map builds its marker from it and the legend and the incident list draw
 * the very same picture, so what the legend explains is what the map shows.
 */
export interface IncidentSymbol {
  size: number;
  shape: IncidentSymbolShape;
  fill: string;
  /**
   * An approximate place (geo precision 2 or 3) is drawn hollow with a dashed edge in the party's colour, so it never
   * looks like a mark on an exact site (the stylesheet draws it: `incident-icon--approximate`).
   */
  approximate: boolean;
  glyph: { text: string; x: number; y: number };
  /** The point of the drawing that sits on the incident's place. */
  anchor: [number, number];
}

function burstPoints(spikes: number, outer: number, inner: number): string {
  const centre = INCIDENT_SYMBOL_SIZE / 2;
  return Array.from({ length: spikes * 2 }, (_, index) => {
    const radius = index % 2 === 0 ? outer : inner;
    const angle = (Math.PI * index) / spikes - Math.PI / 2;
    return `${(centre + radius * Math.cos(angle)).toFixed(2)},${(centre + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

interface KindDrawing {
  shape: IncidentSymbolShape;
  anchor: [number, number];
  /** Where the party glyph is centred vertically: in the bubble of a statement, not over its tail. */
  glyphY: number;
}

/** Shape tells the kind apart (a burst for a strike, a speech bubble for a statement, a dot for a reference). */
const DRAWINGS: Record<IncidentKind, KindDrawing> = {
  strike: { shape: { tag: 'polygon', points: burstPoints(10, 16.5, 11) }, anchor: [17, 17], glyphY: 17 },
  statement: {
    shape: { tag: 'path', d: 'M7 3h20a4 4 0 0 1 4 4v13a4 4 0 0 1-4 4h-6l-4 7-4-7H7a4 4 0 0 1-4-4V7a4 4 0 0 1 4-4z' },
    anchor: [17, 31],
    glyphY: 13.5,
  },
  reference: { shape: { tag: 'circle', cx: 17, cy: 17, r: 11 }, anchor: [17, 17], glyphY: 17 },
};

/** Shape by kind, colour and two letters by party, hollow where the place is approximate. */
export function incidentSymbol(kind: IncidentKind, mark: PartyMark, approximate: boolean): IncidentSymbol {
  const { shape, anchor, glyphY } = DRAWINGS[kind];
  return {
    size: INCIDENT_SYMBOL_SIZE,
    shape,
    fill: mark.colour,
    approximate,
    glyph: { text: mark.glyph, x: INCIDENT_SYMBOL_SIZE / 2, y: glyphY },
    anchor,
  };
}
