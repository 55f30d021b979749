import { incidentSymbol, type IncidentSymbolShape } from '../../data/symbols/incidentSymbol.ts';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import type { IncidentKind } from '../../model/incident.ts';
import { symbolShapeAttributes } from './symbolShape.ts';
import './symbols.css';

interface IncidentSymbolSvgProps {
  kind: IncidentKind;
  mark: PartyMark;
  /** Drawn hollow with a dashed edge, as the map draws a place known only to a town, district or province. */
  approximate: boolean;
  sizePx: number;
}

function Shape({ shape, fill }: { shape: IncidentSymbolShape; fill: string }) {
  const Tag = shape.tag;
  return <Tag className="incident-icon__shape" {...symbolShapeAttributes(shape)} fill={fill} />;
}

/** The picture a marker shows, drawn as React for the legend and the list; decorative, as the text beside it says. */
export function IncidentSymbolSvg({ kind, mark, approximate, sizePx }: IncidentSymbolSvgProps) {
  const symbol = incidentSymbol(kind, mark, approximate);
  return (
    <svg
      className={`incident-symbol${approximate ? ' incident-icon--approximate' : ''}`}
      color={symbol.fill}
      viewBox={`0 0 ${symbol.size} ${symbol.size}`}
      width={sizePx}
      height={sizePx}
      aria-hidden="true"
      focusable="false"
    >
      <Shape shape={symbol.shape} fill={symbol.fill} />
      {symbol.glyph.text !== '' && (
        <text className="incident-icon__glyph" x={symbol.glyph.x} y={symbol.glyph.y}>
          {symbol.glyph.text}
        </text>
      )}
    </svg>
  );
}
