const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * "2024-01-16" → "Tue 16 Jan 2024". The date is the local calendar day as reported, so it is read as a calendar day
 * (in UTC) and never shifted into the reader's own time zone.
 */
export function formatCalendarDate(isoDate: string): string {
  const [year = NaN, month = NaN, day = NaN] = isoDate.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const monthName = MONTHS[month - 1];
  if (weekday === undefined || monthName === undefined) return isoDate;
  return `${weekday} ${day} ${monthName} ${year}`;
}

/** "Tue 16 Jan": the year is the same throughout a story's days, and the lists must fit a phone. */
export function formatShortDay(isoDate: string): string {
  return formatCalendarDate(isoDate).split(' ').slice(0, 3).join(' ');
}

/** "29 November 2026": the reader's own calendar day, since it says when they printed. */
export function formatPrintDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
