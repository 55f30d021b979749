import { divIcon, type DivIcon } from 'leaflet';
import { incidentSymbol } from '../../data/symbols/incidentSymbol.ts';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import type { IncidentKind } from '../../model/incident.ts';
import { symbolShapeAttributes } from '../../ui/symbols/symbolShape.ts';
import '../../ui/symbols/symbols.css';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/**
 * A marker icon built as DOM nodes, not an HTML string, from the same symbol data the legend draws with React. Each
 * marker needs its own icon, because Leaflet moves (rather than copies) an element given as a divIcon's html.
 */
export function incidentIcon(kind: IncidentKind, mark: PartyMark, approximate: boolean): DivIcon {
  const symbol = incidentSymbol(kind, mark, approximate);
  const { size, shape, glyph, anchor } = symbol;
  const svg = svgElement('svg', {
    viewBox: `0 0 ${size} ${size}`,
    width: size,
    height: size,
    'aria-hidden': 'true',
    focusable: 'false',
    // The hollow drawing of an approximate place strokes its edge in the party's colour, through currentColor.
    color: symbol.fill,
  });
  svg.append(
    svgElement(shape.tag, { ...symbolShapeAttributes(shape), fill: symbol.fill, class: 'incident-icon__shape' }),
  );
  const text = svgElement('text', { x: glyph.x, y: glyph.y, class: 'incident-icon__glyph' });
  text.textContent = glyph.text;
  svg.append(text);
  const holder = document.createElement('span');
  holder.className = 'incident-icon__holder';
  holder.append(svg);
  const [anchorX, anchorY] = anchor;
  return divIcon({
    html: holder,
    className: `incident-icon incident-icon--${kind}${approximate ? ' incident-icon--approximate' : ''}`,
    iconSize: [size, size],
    iconAnchor: anchor,
    popupAnchor: [size / 2 - anchorX, 4 - anchorY],
  });
}
