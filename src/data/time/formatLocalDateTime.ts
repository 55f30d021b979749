import type { LocalDateTime } from '../../model/article.ts';
import { formatCalendarDate } from './formatCalendarDate.ts';
import { formatUtcOffset } from './localTime.ts';

/** A printed date and time as the source gave it, with its zone: "Sat 20 Jan 2024, 08:34 IST (UTC+5:30)". */
export function formatLocalDateTime(when: LocalDateTime): string {
  const [date = when.local, time = ''] = when.local.split('T');
  return `${formatCalendarDate(date)}, ${time} ${when.zone} (${formatUtcOffset(when.utcOffset)})`;
}
