import { useId, type MouseEvent } from 'react';
import type { PassageSegment } from '../../data/quotes/passageSegments.ts';

/** What a quote link needs to know about an incident to name it. */
export interface IncidentLabel {
  title: string;
  /** False for an incident with no map point (a statement made far away): selecting it shows nothing on the map. */
  onMap: boolean;
}

interface QuoteLinkProps {
  segment: PassageSegment;
  /** Why these words are marked, as a screen reader says it; null when they are not marked. */
  markReason: string | null;
  selectedIncidentId: string | null;
  incidentLabels: ReadonlyMap<string, IncidentLabel>;
  onSelectIncident: (incidentId: string) => void;
  incidentHref: (incidentId: string) => string;
}

/**
 * Words quoted by more than one incident (the article's opening line backs both strikes of the exchange) lead to the
 * first of them, or, when one of them is already selected, to the next: each activation steps through every incident
 * that cites the words, so none is out of reach, and the description names them all.
 */
function nextIncidentId(incidentIds: readonly string[], selectedIncidentId: string | null): string | undefined {
  const current = selectedIncidentId === null ? -1 : incidentIds.indexOf(selectedIncidentId);
  return incidentIds[(current + 1) % incidentIds.length];
}

/**
 * Past this many, the description names the first few and counts the rest: a dataset may cite one line thousands of
 * times.
 */
const MOST_OTHERS_NAMED = 5;

/** `others`: the first few other incidents citing the words; `otherCount`: how many there are in all. */
function describeTarget(target: IncidentLabel, others: readonly IncidentLabel[], otherCount: number): string {
  const action = target.onMap ? 'show it on the map' : 'it has no place on the map';
  const unnamed = otherCount - others.length;
  const rest = unnamed <= 0 ? '' : ` and ${unnamed.toLocaleString('en')} more`;
  const also = otherCount === 0 ? '' : ` Also quoted for: ${others.map((other) => other.title).join('; ')}${rest}.`;
  return `Quoted for ${target.title}: ${action}.${also}`;
}

/** Plain left clicks stay in the page; a modified click opens the link's view in a new tab or window, as links do. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Words of the article that an incident cites, as a link back to that incident. It is a real link (to the view with
 * the incident selected) so that it can be opened in a new tab or copied; a plain click selects in place.
 */
export function QuoteLink(props: QuoteLinkProps) {
  const { segment, markReason, selectedIncidentId, incidentLabels, onSelectIncident, incidentHref } = props;
  const descriptionId = useId();
  const targetId = nextIncidentId(segment.incidentIds, selectedIncidentId);
  const target = targetId === undefined ? undefined : incidentLabels.get(targetId);
  if (targetId === undefined || target === undefined) return <>{segment.text}</>;
  const chosenId = targetId;
  // Only as many labels as the description names, plus the count: a dataset may cite these words thousands of times.
  const others: IncidentLabel[] = [];
  for (const id of segment.incidentIds) {
    if (others.length === MOST_OTHERS_NAMED) break;
    const label = id === chosenId ? undefined : incidentLabels.get(id);
    if (label !== undefined) others.push(label);
  }
  const description = describeTarget(target, others, segment.incidentIds.length - 1);
  function select(event: MouseEvent) {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onSelectIncident(chosenId);
  }
  return (
    <>
      <a
        className="quote-link"
        href={incidentHref(chosenId)}
        title={description}
        aria-describedby={descriptionId}
        onClick={select}
      >
        {markReason === null ? segment.text : <mark className="quote-link__mark">{segment.text}</mark>}
      </a>
      <span id={descriptionId} hidden>
        {markReason === null ? description : `${markReason} ${description}`}
      </span>
    </>
  );
}
