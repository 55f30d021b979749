import type { IncidentSymbolShape } from '../../data/symbols/incidentSymbol.ts';

/** The SVG attributes of a symbol's shape, shared by the map's DOM icons and the React symbols of legend and list. */
export function symbolShapeAttributes(shape: IncidentSymbolShape): Record<string, string | number> {
  switch (shape.tag) {
    case 'polygon':
      return { points: shape.points };
    case 'path':
      return { d: shape.d };
    case 'circle':
      return { cx: shape.cx, cy: shape.cy, r: shape.r };
  }
}
