import type { IncidentTime } from '../model/incident.ts';
import { formatCalendarDate } from './formatCalendarDate.ts';
import { formatUtcOffset } from './formatUtcOffset.ts';

/**
 * When an incident happened, in the local time of the place, with its zone and how precise it is:
 * "Tue 16 Jan 2024, about 17:30 PKT (UTC+5)".
 */
export function formatIncidentTime(when: IncidentTime): string {
  const day = formatCalendarDate(when.date);
  if (when.time === null) return `${day} (time of day not known)`;
  const approximately = when.precision === 'approximate' ? 'about ' : '';
  return `${day}, ${approximately}${when.time} ${when.zone} (${formatUtcOffset(when.utcOffset)})`;
}
