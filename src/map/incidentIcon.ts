import { divIcon, type DivIcon, type PointTuple } from 'leaflet';
import type { PartyMark } from '../data/partyMarks.ts';
import type { IncidentKind } from '../model/incident.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const SIZE = 34;

interface Shape {
  tag: 'polygon' | 'path' | 'circle';
  attributes: Record<string, string>;
  /** The pixel of the icon that sits on the incident's point. */
  anchor: PointTuple;
  /** Where the party glyph is centred vertically. */
  glyphY: number;
}

function burstPoints(spikes: number, outer: number, inner: number): string {
  const centre = SIZE / 2;
  return Array.from({ length: spikes * 2 }, (_, index) => {
    const radius = index % 2 === 0 ? outer : inner;
    const angle = (Math.PI * index) / spikes - Math.PI / 2;
    return `${(centre + radius * Math.cos(angle)).toFixed(2)},${(centre + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

/** Shape tells the kind apart (a burst for a strike, a speech bubble for a statement, a dot for a reference). */
const SHAPES: Record<IncidentKind, Shape> = {
  strike: { tag: 'polygon', attributes: { points: burstPoints(10, 16.5, 11) }, anchor: [17, 17], glyphY: 17 },
  statement: {
    tag: 'path',
    attributes: { d: 'M7 3h20a4 4 0 0 1 4 4v13a4 4 0 0 1-4 4h-6l-4 7-4-7H7a4 4 0 0 1-4-4V7a4 4 0 0 1 4-4z' },
    anchor: [17, 31],
    glyphY: 13.5,
  },
  reference: { tag: 'circle', attributes: { cx: '17', cy: '17', r: '11' }, anchor: [17, 17], glyphY: 17 },
};

function svgElement(tag: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * A marker icon built as DOM nodes, not an HTML string: shape by kind, colour and glyph by party. Each marker needs its
 * own icon, because Leaflet moves (rather than copies) an element given as a divIcon's html.
 */
export function incidentIcon(kind: IncidentKind, mark: PartyMark): DivIcon {
  const shape = SHAPES[kind];
  const svg = svgElement('svg', {
    viewBox: `0 0 ${SIZE} ${SIZE}`,
    width: String(SIZE),
    height: String(SIZE),
    'aria-hidden': 'true',
    focusable: 'false',
  });
  svg.append(svgElement(shape.tag, { ...shape.attributes, fill: mark.colour, class: 'incident-icon__shape' }));
  const glyph = svgElement('text', {
    x: String(SIZE / 2),
    y: String(shape.glyphY),
    class: 'incident-icon__glyph',
  });
  glyph.textContent = mark.glyph;
  svg.append(glyph);
  const holder = document.createElement('span');
  holder.className = 'incident-icon__holder';
  holder.append(svg);
  const [anchorX, anchorY] = shape.anchor;
  return divIcon({
    html: holder,
    className: `incident-icon incident-icon--${kind}`,
    iconSize: [SIZE, SIZE],
    iconAnchor: shape.anchor,
    popupAnchor: [SIZE / 2 - anchorX, 4 - anchorY],
  });
}
