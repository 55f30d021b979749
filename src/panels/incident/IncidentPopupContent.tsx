import type { I18n } from '../../i18n/i18n.ts';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { use, useId, useMemo } from 'react';
import { citedPassageIds } from '../../data/quotes/citedPassageIds.ts';
import { describeGeoPrecision, describeUncertaintyArea } from '../../data/words/describeGeoPrecision.ts';
import { describeMapPoint } from '../../data/words/describeMapPoint.ts';
import { describeReportedDistances } from '../../data/words/describeReportedDistances.ts';
import { formatIncidentContext } from '../../data/words/formatIncidentContext.ts';
import { formatIncidentTime } from '../../data/time/formatIncidentTime.ts';
import { incidentKindLabel } from '../../data/words/incidentKindLabel.ts';
import { summariseCasualties } from '../../data/words/summariseCasualties.ts';
import type { Passage } from '../../model/article.ts';
import type { IncidentProperties } from '../../model/incident.ts';
import { StoryActionsContext } from '../../ui/story/StoryActions.ts';
import { CasualtyList } from './CasualtyList.tsx';
import { CitationContext, type CitationSetting } from './CitationContext.ts';
import { ClaimList } from './ClaimList.tsx';
import { KeyClaimList } from './KeyClaimList.tsx';
import { FilePropertyList } from './FilePropertyList.tsx';
import { PopupSection } from './PopupSection.tsx';
import { ReportedDistanceList } from './ReportedDistanceList.tsx';
import { SourceList } from './SourceList.tsx';
import { TimeAndPlaceNotes } from './TimeAndPlaceNotes.tsx';
import './incidentPopup.css';

interface IncidentPopupContentProps {
  incident: IncidentProperties;
  /** The article's passages, to number the paragraphs quotes stand in. */
  passages: readonly Passage[];
}

function describeRecord({ claims, casualties, sources, fileProperties }: IncidentProperties, i18n: I18n): string {
  const parts = [
    i18n._({
      id: 'record.claims',
      message: '{count, plural, one {# claim} other {# claims}}',
      values: { count: claims.length },
    }),
    i18n._({
      id: 'record.figures',
      message: '{count, plural, one {# casualty figure} other {# casualty figures}}',
      values: { count: casualties.length },
    }),
  ];
  if (sources.length > 0) {
    parts.push(
      i18n._({
        id: 'record.sources',
        message: '{count, plural, one {# outside source} other {# outside sources}}',
        values: { count: sources.length },
      }),
    );
  }
  if (fileProperties !== undefined && fileProperties.length > 0)
    parts.push(i18n._({ id: 'record.file', message: 'what the file says' }));
  return i18n._({
    id: 'record.summary',
    message: 'Full record: {parts}, notes',
    values: { parts: parts.join(i18n._({ id: 'list.comma', message: ', ' })) },
  });
}

/**
 * What the map says about one incident, ordered for a projector or a phone: the first screen says what happened,
 * when, where and how precisely, and who claims what with the words that report it; the full record (every claim,
 * every casualty figure with its claimant, time and place notes, where accounts differ, sources) is one click away, in
 * a disclosure that keyboard and screen reader reach as easily. Inside a story on screen (its actions provided), each
 * paragraph number is a button and "Show in the article" leads to the first paragraph the incident cites; elsewhere
 * (a preview) they are plain text.
 */
export function IncidentPopupContent({ incident, passages }: IncidentPopupContentProps) {
  const headingId = useId();
  const i18n = useI18n();
  const { when, place, sources, claims, casualties, notes } = incident;
  const actions = use(StoryActionsContext);
  const citationSetting = useMemo<CitationSetting>(
    () => ({
      passages,
      sources,
      showPassage: actions === null ? undefined : (passageId) => actions.showPassage(passageId, incident.id),
    }),
    [passages, sources, actions, incident.id],
  );
  const onShowPassage = citationSetting.showPassage;
  const context = formatIncidentContext(incident, i18n);
  const mapPoint = describeMapPoint(place, i18n);
  const boundSource = sources.find((source) => source.id === place.uncertaintyBoundSourceId);
  const area = describeUncertaintyArea(place, boundSource?.publisher ?? null, i18n);
  const reportedDistances = place.reportedDistances ?? [];
  const reported = describeReportedDistances(reportedDistances, i18n);
  const [firstCitedPassageId] = citedPassageIds(incident, passages);
  const { measures } = summariseCasualties(casualties, i18n);
  return (
    <CitationContext value={citationSetting}>
      <article className="incident-popup" aria-labelledby={headingId}>
        <h2 id={headingId} className="incident-popup__title">
          <StoryText>{incident.title}</StoryText>
        </h2>
        <p className="incident-popup__when">
          {incidentKindLabel(incident.kind, i18n)}
          {when !== null && (
            <>
              {' · '}
              <time dateTime={when.time === null ? when.date : `${when.date}T${when.time}${when.utcOffset}`}>
                {formatIncidentTime(when, i18n)}
              </time>
            </>
          )}
        </p>
        {mapPoint !== null && <p className="incident-popup__point">{mapPoint}</p>}
        <p className="incident-popup__place">
          <strong>
            <StoryText>{place.name}</StoryText>
          </strong>{' '}
          · {describeGeoPrecision(place, i18n)}.{area !== null && <span className="incident-popup__area"> {area}</span>}
        </p>
        {/* The event's own distance, as the sources give it, before the marker's computed one. */}
        {reported !== null && <p className="incident-popup__reported-line">{reported}</p>}
        {context !== null && <p className="incident-popup__context">{context}</p>}
        <p className="incident-popup__summary">
          <StoryText>{incident.summary}</StoryText>
        </p>
        {claims.length > 0 && <KeyClaimList claims={claims} />}
        {measures.length > 0 && (
          <p className="incident-popup__casualties">
            {measures.map((summary) => summary.headline).join(' · ')}
            {measures.flatMap((summary) => summary.revisions).length > 0 &&
              i18n._({ id: 'popup.revisedCount', message: ' (a revised count: see the full record)' })}
          </p>
        )}
        {onShowPassage !== undefined && firstCitedPassageId !== undefined && (
          <p className="incident-popup__actions">
            <button type="button" className="popup-action" onClick={() => onShowPassage(firstCitedPassageId)}>
              {i18n._({ id: 'popup.showInArticle', message: 'Show in the article' })}
            </button>
          </p>
        )}
        <details className="incident-popup__record">
          <summary className="incident-popup__record-summary">{describeRecord(incident, i18n)}</summary>
          {claims.length > 0 && (
            <PopupSection title={i18n._({ id: 'popup.whoSaysWhat', message: 'Who says what' })}>
              <ClaimList claims={claims} />
            </PopupSection>
          )}
          {casualties.length > 0 && (
            <PopupSection title={i18n._({ id: 'popup.casualties', message: 'Casualties' })}>
              <CasualtyList figures={casualties} />
            </PopupSection>
          )}
          <PopupSection title={i18n._({ id: 'popup.timeAndPlace', message: 'Time and place' })}>
            {reportedDistances.length > 0 && <ReportedDistanceList distances={reportedDistances} />}
            <TimeAndPlaceNotes when={when} place={place} sources={sources} />
          </PopupSection>
          {notes.length > 0 && (
            <PopupSection title={i18n._({ id: 'popup.notes', message: 'Where accounts differ' })}>
              <ul>
                {notes.map((note) => (
                  <li key={note}>
                    <StoryText>{note}</StoryText>
                  </li>
                ))}
              </ul>
            </PopupSection>
          )}
          {incident.fileProperties !== undefined && incident.fileProperties.length > 0 && (
            <PopupSection title={i18n._({ id: 'popup.inFile', message: 'In the file' })}>
              <FilePropertyList properties={incident.fileProperties} />
            </PopupSection>
          )}
          {sources.length > 0 && (
            <PopupSection title={i18n._({ id: 'popup.outsideSources', message: 'Sources outside the article' })}>
              <SourceList sources={sources} />
            </PopupSection>
          )}
        </details>
      </article>
    </CitationContext>
  );
}
