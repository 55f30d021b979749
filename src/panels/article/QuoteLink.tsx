import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useId, type MouseEvent } from 'react';
import type { PassageSegment } from '../../data/quotes/passageSegments.ts';
import { describeTarget, MOST_OTHERS_NAMED, nextIncidentId, type IncidentLabel } from './quoteTarget.ts';
import { useStoryActions } from '../../ui/story/StoryActions.ts';

interface QuoteLinkProps {
  segment: PassageSegment;
  /** The segment's incident ids, as a set. */
  citing: ReadonlySet<string>;
  /** Why these words are marked, as a screen reader says it; null when they are not marked. */
  markReason: string | null;
  selectedIncidentId: string | null;
  incidentLabels: ReadonlyMap<string, IncidentLabel>;
  /** The link that opens the page with an incident selected: it changes with the view, so it comes down as a prop. */
  incidentHref: (incidentId: string) => string;
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
  const i18n = useI18n();
  const { segment, citing, markReason, selectedIncidentId, incidentLabels, incidentHref } = props;
  const { selectBesideMap } = useStoryActions();
  const descriptionId = useId();
  const targetId = nextIncidentId(segment.incidentIds, selectedIncidentId, citing);
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
  const description = describeTarget(target, others, segment.incidentIds.length - 1, i18n);
  function select(event: MouseEvent) {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    selectBesideMap(chosenId);
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
