import type { I18n } from '../../i18n/i18n.ts';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useMemo } from 'react';
import { describeGeoPrecision, isApproximatePlace } from '../../data/words/describeGeoPrecision.ts';
import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import { groupClaimsByClaimant } from '../../data/words/groupClaimsByClaimant.ts';
import { incidentKindLabel } from '../../data/words/incidentKindLabel.ts';
import { orderIncidents } from '../../data/time/orderIncidents.ts';
import { summariseCasualties } from '../../data/words/summariseCasualties.ts';
import type { Incident, IncidentCollection } from '../../model/incident.ts';
import { IncidentSymbolSvg } from '../../ui/symbols/IncidentSymbolSvg.tsx';
import { useStoryIndex } from '../../ui/story/StoryIndexContext.ts';

interface HandoutSummaryProps {
  incidents: IncidentCollection;
}

/** The handout's first pages list this many incidents; a dataset's full list is in the appendix and the downloads. */
const MOST_SUMMARY_ROWS = 40;

/** A line stays a line: past this many claimants the rest are counted, and named in the appendix. */
const MOST_CLAIMANTS_NAMED = 4;

/** Who made claims about the incident, in the data's order (the article first): "The article; a government; and 6 others". */
function claimants(incident: Incident, i18n: I18n): string {
  const names = groupClaimsByClaimant(incident.properties.claims).map((group) => group.by);
  const named = names.slice(0, MOST_CLAIMANTS_NAMED);
  const others = names.length - named.length;
  return others > 0
    ? i18n._({
        id: 'handout.claimantsAndOthers',
        message: '{named}; and {others, plural, one {# other} other {# others}}',
        values: { named: named.join('; '), others },
      })
    : named.join('; ');
}

/**
 * What a student reads first: one line per incident with when, what, where and how precisely, who makes claims
 * about it, and the casualty figures as ranges by who is counting. The claims themselves, with their words, are in
 * the full record (the appendix) and on the map.
 */
export function HandoutSummary({ incidents }: HandoutSummaryProps) {
  const rows = useMemo(() => {
    const { dated, references } = orderIncidents(incidents.features);
    return [...dated, ...references];
  }, [incidents]);
  const marks = useStoryIndex(incidents).partyMarks;
  const i18n = useI18n();
  const shown = rows.slice(0, MOST_SUMMARY_ROWS);
  return (
    <section
      className="handout-summary"
      aria-label={i18n._({ id: 'handout.summaryLabel', message: 'What happened, one line each' })}
    >
      <h2 className="handout__heading">
        {i18n._({ id: 'handout.summary', message: 'What happened, and who says so' })}
      </h2>
      <ol className="handout-summary__list">
        {shown.map((incident) => {
          const { kind, when, place, title, actors, casualties } = incident.properties;
          const mark = marks.get(actors.initiator.party);
          const tolls = summariseCasualties(casualties, i18n).measures.map((summary) => summary.headline);
          return (
            <li key={incident.id} className="handout-summary__item">
              {mark !== undefined && place.geoPrecision !== null && (
                <IncidentSymbolSvg kind={kind} mark={mark} approximate={isApproximatePlace(place)} sizePx={14} />
              )}{' '}
              <strong>{when === null ? incidentKindLabel(kind, i18n) : formatCalendarDate(when.date, i18n)}</strong> ·{' '}
              <StoryText>{title}</StoryText> · {describeGeoPrecision(place, i18n)}
              {claims(incident, i18n)}
              {tolls.length > 0 && <> · {tolls.join('; ')}</>}
            </li>
          );
        })}
      </ol>
      {shown.length < rows.length && (
        <p>
          {i18n._({
            id: 'handout.firstRows',
            message:
              'The first {shown, number} of {total, plural, one {# incident} other {# incidents}}; the appendix and the downloads have all of them.',
            values: { shown: shown.length, total: rows.length },
          })}
        </p>
      )}
    </section>
  );
}

function claims(incident: Incident, i18n: I18n): string {
  const who = claimants(incident, i18n);
  return who === '' ? '' : ` · ${i18n._({ id: 'handout.claimsBy', message: 'Claims by: {who}', values: { who } })}`;
}
