import type { PassageSegment } from '../../data/quotes/passageSegments.ts';

/** What a quote link needs to know about an incident to name it. */
export interface IncidentLabel {
  title: string;
  /** False for an incident with no map point (a statement made far away): selecting it shows nothing on the map. */
  onMap: boolean;
}

/**
 * Words quoted by more than one incident (the article's opening line backs both strikes of the exchange) lead to the
 * first of them, or, when one of them is already selected, to the next: each activation steps through every incident
 * that cites the words, so none is out of reach, and the description names them all.
 */
export function nextIncidentId(incidentIds: readonly string[], selectedIncidentId: string | null): string | undefined {
  const current = selectedIncidentId === null ? -1 : incidentIds.indexOf(selectedIncidentId);
  return incidentIds[(current + 1) % incidentIds.length];
}

/**
 * Past this many, the description names the first few and counts the rest: a dataset may cite one line thousands of
 * times.
 */
export const MOST_OTHERS_NAMED = 5;

/** `others`: the first few other incidents citing the words; `otherCount`: how many there are in all. */
export function describeTarget(target: IncidentLabel, others: readonly IncidentLabel[], otherCount: number): string {
  const action = target.onMap ? 'show it on the map' : 'it has no place on the map';
  const unnamed = otherCount - others.length;
  const rest = unnamed <= 0 ? '' : ` and ${unnamed.toLocaleString('en')} more`;
  const also = otherCount === 0 ? '' : ` Also quoted for: ${others.map((other) => other.title).join('; ')}${rest}.`;
  return `Quoted for ${target.title}: ${action}.${also}`;
}

/**
 * Why a quote is marked. With an incident selected, its own words are marked wherever they stand; with none, a link
 * that names only a passage marks every quote in that passage.
 */
export function markReason(
  segment: PassageSegment,
  citing: ReadonlySet<string>,
  selectedIncidentId: string | null,
  highlighted: boolean,
): string | null {
  if (selectedIncidentId !== null) {
    return citing.has(selectedIncidentId) ? 'Marked: quoted for the selected incident.' : null;
  }
  return highlighted && segment.quotes.length > 0 ? 'Marked: quoted in the paragraph asked for.' : null;
}
