import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import { incidentKindLabel } from '../../data/words/incidentKindLabel.ts';
import type { Incident } from '../../model/incident.ts';
import type { MapPresence } from '../../state/incidentVisibility.ts';

/** What a screen reader hears when the selection changes, wherever it was made. */
export function selectionAnnouncement(incident: Incident | undefined, presence: MapPresence | null): string {
  if (incident === undefined) return '';
  const { title, when, kind } = incident.properties;
  const date = when === null ? incidentKindLabel(kind).toLowerCase() : formatCalendarDate(when.date);
  const where = presence === 'shown' ? '' : '; details in the list';
  return `Selected: ${title}, ${date}${where}`;
}
