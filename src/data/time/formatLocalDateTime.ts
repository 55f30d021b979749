import { isolate, localiseDigits } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { LocalDateTime } from '../../model/article.ts';
import { formatCalendarDate } from './formatCalendarDate.ts';
import { formatUtcOffset } from './localTime.ts';

/** A printed date and time as the source gave it, with its zone: "Sat 20 Jan 2024, 08:34 IST (UTC+5:30)". */
export function formatLocalDateTime(when: LocalDateTime, i18n: I18n): string {
  const [date = when.local, time = ''] = when.local.split('T');
  return i18n._({
    id: 'time.published',
    message: '{day}, {time} {zone} ({offset})',
    values: {
      day: formatCalendarDate(date, i18n),
      time: localiseDigits(i18n, time),
      zone: isolate(i18n, when.zone),
      offset: localiseDigits(i18n, formatUtcOffset(when.utcOffset)),
    },
  });
}
