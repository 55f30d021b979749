import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useMemo } from 'react';
import {
  describeGeoPrecision,
  describeUncertaintyArea,
  isApproximatePlace,
} from '../../data/words/describeGeoPrecision.ts';
import { describeMapPoint } from '../../data/words/describeMapPoint.ts';
import { describeReportedDistances } from '../../data/words/describeReportedDistances.ts';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import { formatIncidentTime } from '../../data/time/formatIncidentTime.ts';
import { incidentKindLabel } from '../../data/words/incidentKindLabel.ts';
import { orderIncidents } from '../../data/time/orderIncidents.ts';
import type { Passage } from '../../model/article.ts';
import type { Incident, IncidentCollection } from '../../model/incident.ts';
import { CasualtyList } from '../incident/CasualtyList.tsx';
import { CitationContext } from '../incident/CitationContext.ts';
import { ClaimList } from '../incident/ClaimList.tsx';
import { IncidentSymbolSvg } from '../../ui/symbols/IncidentSymbolSvg.tsx';
import { useStoryIndex } from '../../ui/story/StoryIndexContext.ts';

interface HandoutTableProps {
  incidents: IncidentCollection;
  /** The article's passages, to number the paragraphs quotes stand in. */
  passages: readonly Passage[];
}

/**
 * More accounts than this and a row may run longer than a page: it is then allowed to break between accounts (see
 * print.css), where a shorter row is kept whole.
 */
const ACCOUNTS_IN_A_SHORT_ROW = 4;

/** A handout of a dataset prints its first rows and says where the rest are: 100,000 rows would be 20,000 pages. */
const MOST_ROWS_PRINTED = 200;

interface HandoutRowProps {
  incident: Incident;
  passages: readonly Passage[];
  mark: PartyMark | undefined;
}

function HandoutRow({ incident, passages, mark }: HandoutRowProps) {
  const { title, kind, when, place, actors, claims, casualties, sources } = incident.properties;
  const i18n = useI18n();
  const mapPoint = describeMapPoint(place, i18n);
  const boundSource = sources.find((source) => source.id === place.uncertaintyBoundSourceId);
  const area = describeUncertaintyArea(place, boundSource?.publisher ?? null, i18n);
  const reported = describeReportedDistances(place.reportedDistances, i18n);
  // On paper: paragraph numbers, no buttons.
  const citationSetting = useMemo(() => ({ passages, sources }), [passages, sources]);
  return (
    <CitationContext value={citationSetting}>
      <tr
        className={`handout-table__row${claims.length + casualties.length > ACCOUNTS_IN_A_SHORT_ROW ? ' handout-table__row--long' : ''}`}
      >
        <td>
          {when === null
            ? i18n._({ id: 'handout.noDate', message: 'No date: a place for reference' })
            : formatIncidentTime(when, i18n)}
        </td>
        <th scope="row" className="handout-table__incident">
          {mark !== undefined && place.geoPrecision !== null && (
            <IncidentSymbolSvg kind={kind} mark={mark} approximate={isApproximatePlace(place)} sizePx={18} />
          )}
          <span className="handout-table__title">
            <StoryText>{title}</StoryText>
          </span>
          <span className="handout-table__kind">{incidentKindLabel(kind, i18n)}</span>
          <span>
            <StoryText>{place.name}</StoryText>. {describeGeoPrecision(place, i18n)}.
          </span>
          {mapPoint !== null && <span className="handout-table__point">{mapPoint}</span>}
          {area !== null && <span className="handout-table__area">{area}</span>}
          {reported !== null && <span className="handout-table__reported">{reported}</span>}
        </th>
        <td>
          <StoryText>{actors.initiator.name}</StoryText>
          {actors.target !== null && (
            <span className="handout-table__target">
              {translateNodes(
                i18n,
                /*i18n*/ { id: 'handout.aimedAt', message: 'Aimed at: {target}' },
                {
                  target: <StoryText>{actors.target}</StoryText>,
                },
              )}
            </span>
          )}
        </td>
        <td>{claims.length === 0 ? i18n._({ id: 'handout.none', message: 'None' }) : <ClaimList claims={claims} />}</td>
        <td>
          {casualties.length === 0 ? (
            i18n._({ id: 'handout.noneGiven', message: 'None given' })
          ) : (
            <CasualtyList figures={casualties} />
          )}
        </td>
      </tr>
    </CitationContext>
  );
}

/**
 * The handout's account of every incident, one row each, in the order of the list beside the map: when, where and how
 * precisely, who acted, every claim under who made it with its quote and paragraph, and casualty figures by claimant.
 */
export function HandoutTable({ incidents, passages }: HandoutTableProps) {
  const rows = useMemo(() => {
    const { dated, references } = orderIncidents(incidents.features);
    return [...dated, ...references];
  }, [incidents]);
  const printed = rows.length > MOST_ROWS_PRINTED ? rows.slice(0, MOST_ROWS_PRINTED) : rows;
  const marks = useStoryIndex(incidents).partyMarks;
  const i18n = useI18n();
  return (
    <table className="handout-table">
      <caption className="handout__heading">
        {i18n._({ id: 'handout.tableCaption', message: 'Incidents, and who says what about them' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{i18n._({ id: 'handout.colDate', message: 'Date and local time' })}</th>
          <th scope="col">{i18n._({ id: 'handout.colIncident', message: 'Incident and place' })}</th>
          <th scope="col">{i18n._({ id: 'handout.colActor', message: 'Who acted' })}</th>
          <th scope="col">{i18n._({ id: 'handout.colClaims', message: 'Claims, by who made them' })}</th>
          <th scope="col">{i18n._({ id: 'handout.colCasualties', message: 'Casualty figures, by claimant' })}</th>
        </tr>
      </thead>
      <tbody>
        {printed.map((incident) => (
          <HandoutRow
            key={incident.id}
            incident={incident}
            passages={passages}
            mark={marks.get(incident.properties.actors.initiator.party)}
          />
        ))}
      </tbody>
      {printed.length < rows.length && (
        <tfoot>
          <tr>
            <td colSpan={5}>
              {i18n._({
                id: 'handout.tableFirstRows',
                message:
                  'The first {shown, number} of {total, plural, one {# incident} other {# incidents}}, in date order. Download the data (CSV or GeoJSON) for all of them.',
                values: { shown: printed.length, total: rows.length },
              })}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
