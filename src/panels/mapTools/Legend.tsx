import type { MessageDescriptor } from '../../i18n/i18n.ts';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useId } from 'react';
import { incidentKindLabel, incidentKindMeaning } from '../../data/words/incidentKindLabel.ts';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import { UNCERTAINTY_AREA } from '../../data/symbols/uncertaintyArea.ts';
import { INCIDENT_KINDS } from '../../model/incidentKinds.ts';
import type { RegionKind } from '../../model/region.ts';
import type { StoryLayer } from '../../state/storyLayers.ts';
import { IncidentSymbolSvg } from '../../ui/symbols/IncidentSymbolSvg.tsx';
import { RegionSwatch } from './RegionSwatch.tsx';
import './controls.css';

interface LegendProps {
  /** Every party's colour and letters, as the map draws them. */
  marks: ReadonlyMap<string, PartyMark>;
  /** The story's layers: the regions it has are explained under their own names. */
  layers: readonly StoryLayer[];
}

const SYMBOL_PX = 30;

/** Shapes are shown without a party's colour, so that they read as "kind" only; dark grey keeps the white edge visible. */
const NEUTRAL_MARK: PartyMark = { colour: '#5f5a53', glyph: '' };

/** A drawing aid says it is one, wherever it is explained. */
const REGION_KIND_NOTE: Record<RegionKind, MessageDescriptor | null> = {
  border: null,
  province: null,
  'border-band': /*i18n*/ {
    id: 'legend.bandNote',
    message: ': a visual aid chosen by the map’s authors, not a legal or military zone',
  },
  drawn: /*i18n*/ {
    id: 'legend.drawnNote',
    message: ': lines and areas as the opened file draws them; click one for what the file says of it',
  },
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
export function Legend({ marks, layers }: LegendProps) {
  const headingId = useId();
  const i18n = useI18n();
  const regionNote = (kind: RegionKind) => {
    const note = REGION_KIND_NOTE[kind];
    return note === null ? '' : i18n._(note);
  };
  return (
    <section className="map-controls__group legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="map-controls__legend">
        {i18n._({ id: 'legend.heading', message: 'Legend' })}
      </h2>
      <h3 className="legend__subheading">{i18n._({ id: 'legend.shape', message: 'Shape: what it is' })}</h3>
      <ul className="legend__list">
        {INCIDENT_KINDS.map((kind) => (
          <li key={kind} className="legend__item">
            <IncidentSymbolSvg kind={kind} mark={NEUTRAL_MARK} approximate={false} sizePx={SYMBOL_PX} />
            <span>
              <strong>{incidentKindLabel(kind, i18n)}</strong>: {incidentKindMeaning(kind, i18n)}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="legend__subheading">
        {i18n._({ id: 'legend.fill', message: 'Fill: how precisely the place is known' })}
      </h3>
      <ul className="legend__list">
        <li className="legend__item" data-legend="exact">
          <IncidentSymbolSvg kind="strike" mark={NEUTRAL_MARK} approximate={false} sizePx={SYMBOL_PX} />
          <span>
            <strong>{i18n._({ id: 'legend.filled', message: 'Filled' })}</strong>
            {i18n._({
              id: 'legend.filledMeaning',
              message:
                ': the exact site (for a statement, the place it was issued; for a reference place, the place itself)',
            })}
          </span>
        </li>
        <li className="legend__item" data-legend="approximate">
          <IncidentSymbolSvg kind="strike" mark={NEUTRAL_MARK} approximate sizePx={SYMBOL_PX} />
          <span>
            <strong>{i18n._({ id: 'legend.hollow', message: 'Hollow, dashed edge' })}</strong>
            {i18n._({
              id: 'legend.hollowMeaning',
              message:
                ': an approximate place. The marker sits on a nearby town or the centre of an area; the exact site is not known (or the source does not say how precise it is)',
            })}
          </span>
        </li>
      </ul>
      <h3 className="legend__subheading">
        {i18n._({ id: 'legend.colour', message: 'Colour and letters: who acted or spoke' })}
      </h3>
      <ul className="legend__list legend__list--parties">
        {[...marks].map(([party, mark]) => (
          <li key={party} className="legend__item">
            <IncidentSymbolSvg kind="reference" mark={mark} approximate={false} sizePx={SYMBOL_PX} />
            <StoryText>{party}</StoryText>
          </li>
        ))}
      </ul>
      <h3 className="legend__subheading">{i18n._({ id: 'legend.areas', message: 'Areas and lines' })}</h3>
      <ul className="legend__list">
        <li className="legend__item">
          <UncertaintySwatch />
          <span>
            {i18n._({
              id: 'legend.circle',
              message:
                "Dashed circle round a hollow marker: a guide to the area of an approximate place (known only to a town or district, or a province). It is drawn by the map's authors, not a bound: the site may lie outside it",
            })}
          </span>
        </li>
        {layers.map(
          ({ id, label, regionKind, notes }) =>
            regionKind !== null && (
              <li key={id} className="legend__item">
                <RegionSwatch kind={regionKind} sizePx={SYMBOL_PX} />
                <span>
                  <StoryText>{label}</StoryText>
                  {/* The regions' own notes; a band made without one is still said to be a drawing aid. */}
                  {notes.length > 0 ? (
                    <>
                      : <StoryText>{notes.join(' ')}</StoryText>
                    </>
                  ) : (
                    regionNote(regionKind)
                  )}
                </span>
              </li>
            ),
        )}
      </ul>
    </section>
  );
}
