import { isolate } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import { incidentKindLabel } from '../../data/words/incidentKindLabel.ts';
import type { Incident } from '../../model/incident.ts';
import type { MapPresence } from '../../state/incidentVisibility.ts';

/** What a screen reader hears when the selection changes, wherever it was made. */
export function selectionAnnouncement(
  incident: Incident | undefined,
  presence: MapPresence | null,
  i18n: I18n,
): string {
  if (incident === undefined) return '';
  const { title, when, kind } = incident.properties;
  const kindWords = incidentKindLabel(kind, i18n);
  // "Selected: …, reference point": mid-sentence, English writes the kind in lower case.
  const date =
    when === null ? (i18n.locale === 'en' ? kindWords.toLowerCase() : kindWords) : formatCalendarDate(when.date, i18n);
  const values = { title: isolate(i18n, title), date };
  return presence === 'shown'
    ? i18n._({ id: 'list.announceSelected', message: 'Selected: {title}, {date}', values })
    : i18n._({ id: 'list.announceSelectedInList', message: 'Selected: {title}, {date}; details in the list', values });
}
