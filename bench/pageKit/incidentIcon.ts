import { divIcon, type DivIcon, type PointTuple } from 'leaflet';
import type { IncidentKind } from '../../src/model/incident.ts';

// The same kind of marker the app draws (src/map/incidentIcon.ts): a divIcon holding an SVG built as DOM nodes, one
// per marker. Copied rather than imported, so the baseline stays a fixed floor while the app changes.

const SVG_NS = 'http://www.w3.org/2000/svg';
const SIZE = 34;

function burstPoints(spikes: number, outer: number, inner: number): string {
  const centre = SIZE / 2;
  return Array.from({ length: spikes * 2 }, (_, index) => {
    const radius = index % 2 === 0 ? outer : inner;
    const angle = (Math.PI * index) / spikes - Math.PI / 2;
    return `${(centre + radius * Math.cos(angle)).toFixed(2)},${(centre + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

interface Shape {
  tag: string;
  attributes: Record<string, string>;
  anchor: PointTuple;
  glyphY: number;
}

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

export interface PartyMark {
  colour: string;
  glyph: string;
}

const PALETTE = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#000000', '#E69F00', '#56B4E9'] as const;

/** A colour and two letters per party, alphabetical, as the app assigns them. */
export function partyMarksOf(parties: Iterable<string>): Map<string, PartyMark> {
  const sorted = [...new Set(parties)].sort((a, b) => a.localeCompare(b, 'en'));
  return new Map(
    sorted.map((party, index) => [
      party,
      { colour: PALETTE[index % PALETTE.length] ?? '#000000', glyph: party.slice(0, 2).toUpperCase() },
    ]),
  );
}

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
  const glyph = svgElement('text', { x: String(SIZE / 2), y: String(shape.glyphY), class: 'incident-icon__glyph' });
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
