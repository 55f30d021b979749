import type { I18n } from '../../i18n/i18n.ts';
import type { IncidentTime } from '../../model/incident.ts';
import { isCalendarDay } from '../time/calendarDay.ts';
import { formatUtcOffset } from '../time/localTime.ts';

// "2024-01-16", "2024-01-16T17:30", "2024-01-16 17:30:05.250+05:00", "2024-01-16T12:30Z": ISO 8601 as files write it.
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?)?$/i;

/**
 * A point file's `date` value as an incident time, or null when it is not an ISO 8601 date Citemap can read (the
 * caller then keeps the value as a note). Nothing is invented: a time is kept only with its UTC offset, since a time
 * without a zone cannot be placed on the timeline; the date alone is kept instead, and the note says what was dropped.
 */
export function readPointTime(value: unknown, i18n: I18n): IncidentTime | null {
  // A zone must be named; when a file names none, this says so rather than guessing one.
  const zoneNotGiven = () => i18n._({ id: 'checks.pointTime.noZone', message: 'zone not given' });
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const match = ISO_LIKE.exec(text);
  if (match === null) return null;
  const [, year = '', month = '', day = '', hours, minutes, zulu, sign, offsetHours, offsetMinutes = '00'] = match;
  if (!isCalendarDay(Number(year), Number(month), Number(day))) return null;
  const date = `${year}-${month}-${day}`;
  if (hours === undefined || minutes === undefined) {
    return { date, time: null, utcOffset: '+00:00', zone: zoneNotGiven(), precision: 'day', note: null };
  }
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  const time = `${hours}:${minutes}`;
  if (zulu === undefined && sign === undefined) {
    const note = i18n._({
      id: 'checks.pointTime.noZoneNote',
      message: 'The file gives the time {time} without a time zone, so only the date is shown.',
      values: { time },
    });
    return { date, time: null, utcOffset: '+00:00', zone: zoneNotGiven(), precision: 'day', note };
  }
  if (Number(offsetHours ?? 0) > 14 || Number(offsetMinutes) > 59) return null;
  const utcOffset = zulu === undefined ? `${sign}${offsetHours}:${offsetMinutes}` : '+00:00';
  return { date, time, utcOffset, zone: formatUtcOffset(utcOffset), precision: 'exact', note: null };
}
