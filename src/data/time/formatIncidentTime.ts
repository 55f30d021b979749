import type { IncidentTime } from '../../model/incident.ts';
import { formatCalendarDate } from './formatCalendarDate.ts';
import { formatUtcOffset } from './localTime.ts';

/**
 * When an incident happened, in the local time of the place, offset first since a zone's abbreviation can be
 * ambiguous: "Tue 16 Jan 2024, about 17:30 UTC+1 (Central European Time)". A zone that only repeats the offset is
 * not printed twice.
 */
export function formatIncidentTime(when: IncidentTime): string {
  const day = formatCalendarDate(when.date);
  if (when.time === null) return `${day} (time of day not known)`;
  const approximately = when.precision === 'approximate' ? 'about ' : '';
  const offset = formatUtcOffset(when.utcOffset);
  const zone = when.zone.replace(/\s+/g, '') === offset ? '' : ` (${when.zone})`;
  return `${day}, ${approximately}${when.time} ${offset}${zone}`;
}
