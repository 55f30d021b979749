import type { Story } from '../model/story.ts';
import type { ViewState } from './viewState.ts';

/** Drops parts of a view (from a link, say) that name things this story does not have, and says which. */
export function reconcileViewState(state: ViewState, story: Story): { state: ViewState; ignored: string[] } {
  const ignored: string[] = [];
  let { selectedIncidentId, highlightedPassageId, tourStepId } = state;
  if (selectedIncidentId && !story.incidents.features.some((incident) => incident.id === selectedIncidentId)) {
    ignored.push(`incident: this story has no incident "${selectedIncidentId}"`);
    selectedIncidentId = null;
  }
  const passage = story.article.passages.find((candidate) => candidate.id === highlightedPassageId);
  if (highlightedPassageId && (!passage || passage.role !== 'body')) {
    ignored.push(`passage: the article has no story passage "${highlightedPassageId}"`);
    highlightedPassageId = null;
  }
  if (tourStepId && !story.tour?.steps.some((step) => step.id === tourStepId)) {
    ignored.push(`step: this story has no tour step "${tourStepId}"`);
    tourStepId = null;
  }
  const unchanged =
    selectedIncidentId === state.selectedIncidentId &&
    highlightedPassageId === state.highlightedPassageId &&
    tourStepId === state.tourStepId;
  return {
    state: unchanged ? state : { ...state, selectedIncidentId, highlightedPassageId, tourStepId },
    ignored,
  };
}
