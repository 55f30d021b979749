import { isolate, localiseDigits } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { IncidentTime } from '../../model/incident.ts';
import { formatCalendarDate } from './formatCalendarDate.ts';
import { formatUtcOffset } from './localTime.ts';

/**
 * When an incident happened, in the local time of the place, offset first since a zone's abbreviation can be
 * ambiguous: "Tue 16 Jan 2024, about 17:30 UTC+1 (Central European Time)". A zone that only repeats the offset is
 * not printed twice.
 */
export function formatIncidentTime(when: IncidentTime, i18n: I18n): string {
  const day = formatCalendarDate(when.date, i18n);
  if (when.time === null)
    return i18n._({ id: 'time.dayOnly', message: '{day} (time of day not known)', values: { day } });
  const offset = formatUtcOffset(when.utcOffset);
  const values = {
    day,
    time: localiseDigits(i18n, when.time),
    offset: localiseDigits(i18n, offset),
    zone: isolate(i18n, when.zone),
  };
  const withZone = when.zone.replace(/\s+/g, '') !== offset;
  if (when.precision === 'approximate') {
    return withZone
      ? i18n._({ id: 'time.aboutWithZone', message: '{day}, about {time} {offset} ({zone})', values })
      : i18n._({ id: 'time.about', message: '{day}, about {time} {offset}', values });
  }
  return withZone
    ? i18n._({ id: 'time.exactWithZone', message: '{day}, {time} {offset} ({zone})', values })
    : i18n._({ id: 'time.exact', message: '{day}, {time} {offset}', values });
}
