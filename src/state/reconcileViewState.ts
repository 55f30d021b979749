import { storyDays } from '../data/time/timelinePlacement.ts';
import type { Story } from '../model/story.ts';
import type { DateSpan, ViewState } from './viewState.ts';
import type { LinkProblem } from './linkProblems.ts';

/**
 * A span whose start is after the story's last day, or whose end is before its first, shows none of its incidents,
 * while the timeline's lists, which offer only the story's days, would show its first and last: the map would look
 * empty for no reason it gives. Such an end is dropped, and said; an end beyond the story on the open side selects
 * every day there is, as no end does, and is kept. A story with no dated incidents has no timeline, and a span hides
 * none of it.
 */
function reconcileDateSpan(span: DateSpan, story: Story, ignored: LinkProblem[]): DateSpan {
  if (span.from === null && span.to === null) return span;
  const days = storyDays(story.incidents.features);
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return span;
  let { from, to } = span;
  if (from !== null && from > last) {
    ignored.push({ field: 'from', reason: 'after-last-day', value: from, other: last });
    from = null;
  }
  if (to !== null && to < first) {
    ignored.push({ field: 'to', reason: 'before-first-day', value: to, other: first });
    to = null;
  }
  return from === span.from && to === span.to ? span : { from, to };
}

/** Drops parts of a view (from a link, say) that name things this story does not have, and says which. */
export function reconcileViewState(state: ViewState, story: Story): { state: ViewState; ignored: LinkProblem[] } {
  const ignored: LinkProblem[] = [];
  let { selectedIncidentId, highlightedPassageId, tourStepId } = state;
  if (selectedIncidentId && !story.incidents.features.some((incident) => incident.id === selectedIncidentId)) {
    ignored.push({ field: 'incident', reason: 'no-such-incident', value: selectedIncidentId });
    selectedIncidentId = null;
  }
  const passage = story.article.passages.find((candidate) => candidate.id === highlightedPassageId);
  if (highlightedPassageId && (!passage || passage.role !== 'body')) {
    ignored.push({ field: 'passage', reason: 'no-such-passage', value: highlightedPassageId });
    highlightedPassageId = null;
  }
  if (tourStepId && !story.tour?.steps.some((step) => step.id === tourStepId)) {
    ignored.push({ field: 'step', reason: 'no-such-step', value: tourStepId });
    tourStepId = null;
  }
  const dateSpan = reconcileDateSpan(state.dateSpan, story, ignored);
  const unchanged =
    selectedIncidentId === state.selectedIncidentId &&
    highlightedPassageId === state.highlightedPassageId &&
    tourStepId === state.tourStepId &&
    dateSpan === state.dateSpan;
  return {
    state: unchanged ? state : { ...state, selectedIncidentId, highlightedPassageId, tourStepId, dateSpan },
    ignored,
  };
}
