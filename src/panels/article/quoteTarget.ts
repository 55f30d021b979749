import { isolate } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
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
 * that cites the words, so none is out of reach, and the description names them all. `citing` is the same ids as a set.
 */
export function nextIncidentId(
  incidentIds: readonly string[],
  selectedIncidentId: string | null,
  citing?: ReadonlySet<string>,
): string | undefined {
  // The set says at once whether the selection is among them (mostly not): a dataset may cite one line from each of
  // thousands of incidents, and every quote link asks at every selection.
  const current =
    selectedIncidentId === null || citing?.has(selectedIncidentId) === false
      ? -1
      : incidentIds.indexOf(selectedIncidentId);
  return incidentIds[(current + 1) % incidentIds.length];
}

/**
 * Past this many, the description names the first few and counts the rest: a dataset may cite one line thousands of
 * times.
 */
export const MOST_OTHERS_NAMED = 5;

/** `others`: the first few other incidents citing the words; `otherCount`: how many there are in all. */
export function describeTarget(
  target: IncidentLabel,
  others: readonly IncidentLabel[],
  otherCount: number,
  i18n: I18n,
): string {
  const quoted = target.onMap
    ? i18n._({
        id: 'quote.forOnMap',
        message: 'Quoted for {title}: show it on the map.',
        values: { title: isolate(i18n, target.title) },
      })
    : i18n._({
        id: 'quote.forOffMap',
        message: 'Quoted for {title}: it has no place on the map.',
        values: { title: isolate(i18n, target.title) },
      });
  if (otherCount === 0) return quoted;
  const unnamed = otherCount - others.length;
  const titles = others.map((other) => isolate(i18n, other.title)).join('; ');
  const also =
    unnamed <= 0
      ? i18n._({ id: 'quote.also', message: 'Also quoted for: {titles}.', values: { titles } })
      : i18n._({
          id: 'quote.alsoMore',
          message: 'Also quoted for: {titles} and {count, number} more.',
          values: { titles, count: unnamed },
        });
  return `${quoted} ${also}`;
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
  i18n: I18n,
): string | null {
  if (selectedIncidentId !== null) {
    return citing.has(selectedIncidentId)
      ? i18n._({ id: 'quote.markedSelected', message: 'Marked: quoted for the selected incident.' })
      : null;
  }
  return highlighted && segment.quotes.length > 0
    ? i18n._({ id: 'quote.markedParagraph', message: 'Marked: quoted in the paragraph asked for.' })
    : null;
}
