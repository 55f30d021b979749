import { useId } from 'react';
import { incidentKindLabel } from '../data/incidentKindLabel.ts';
import type { PartyMark } from '../data/partyMarks.ts';
import { UNCERTAINTY_AREA } from '../data/uncertaintyArea.ts';
import { IncidentKindSchema, type IncidentKind } from '../model/incident.ts';
import { RegionKindSchema } from '../model/region.ts';
import { LAYER_LABELS, layerOfRegionKind } from '../state/layers.ts';
import { IncidentSymbolSvg } from './IncidentSymbolSvg.tsx';
import { RegionSwatch } from './RegionSwatch.tsx';
import './controls.css';

interface LegendProps {
  /** Every party's colour and letters, as the map draws them. */
  marks: ReadonlyMap<string, PartyMark>;
}

const SYMBOL_PX = 30;

/** Shapes are shown without a party's colour, so that they read as "kind" only; dark grey keeps the white edge visible. */
const NEUTRAL_MARK: PartyMark = { colour: '#5f5a53', glyph: '' };

const KIND_MEANING: Record<IncidentKind, string> = {
  strike: 'where a strike fell',
  statement: 'where words were spoken; statements made far away are only in the list',
  reference: 'a place to find your way by, not an event',
};

function UncertaintySwatch() {
  return (
    <svg className="legend__swatch" viewBox="0 0 26 26" width={SYMBOL_PX} height={SYMBOL_PX} aria-hidden="true">
      <circle
        cx="13"
        cy="13"
        r="11"
        fill={NEUTRAL_MARK.colour}
        fillOpacity={UNCERTAINTY_AREA.fillOpacity}
        stroke={NEUTRAL_MARK.colour}
        strokeWidth={UNCERTAINTY_AREA.weightPx}
        strokeDasharray={UNCERTAINTY_AREA.dash}
      />
    </svg>
  );
}

/**
 * What every mark on the map means, drawn from the same data as the map itself: the shape of each kind of incident,
 * each party's colour and letters, the area of uncertainty, and the story's regions.
 */
export function Legend({ marks }: LegendProps) {
  const headingId = useId();
  return (
    <section className="map-controls__group legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="map-controls__legend">
        Legend
      </h2>
      <h3 className="legend__subheading">Shape: what it is</h3>
      <ul className="legend__list">
        {IncidentKindSchema.options.map((kind) => (
          <li key={kind} className="legend__item">
            <IncidentSymbolSvg kind={kind} mark={NEUTRAL_MARK} sizePx={SYMBOL_PX} />
            <span>
              <strong>{incidentKindLabel(kind)}</strong>: {KIND_MEANING[kind]}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="legend__subheading">Colour and letters: who acted or spoke</h3>
      <ul className="legend__list legend__list--parties">
        {[...marks].map(([party, mark]) => (
          <li key={party} className="legend__item">
            <IncidentSymbolSvg kind="reference" mark={mark} sizePx={SYMBOL_PX} />
            <bdi>{party}</bdi>
          </li>
        ))}
      </ul>
      <h3 className="legend__subheading">Areas and lines</h3>
      <ul className="legend__list">
        <li className="legend__item">
          <UncertaintySwatch />
          <span>
            Dashed circle: the area the place may lie in, when it is known only to a town or district (precision 2) or a
            province (precision 3)
          </span>
        </li>
        {RegionKindSchema.options.map((kind) => (
          <li key={kind} className="legend__item">
            <RegionSwatch kind={kind} sizePx={SYMBOL_PX} />
            <span>{LAYER_LABELS[layerOfRegionKind(kind)]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
