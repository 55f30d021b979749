import { formatDay, formatSolarHijriDay, intlLocaleOf } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';

/**
 * "2024-01-16" → "Tue 16 Jan 2024" in English, in the reader's language otherwise; in Persian the Solar Hijri date
 * follows in brackets. The date is the local calendar day as reported, so it is read as a calendar day (in UTC) and
 * never shifted into the reader's own time zone.
 */
export function formatCalendarDate(isoDate: string, i18n: I18n): string {
  const gregorian = formatDay(i18n, isoDate, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  if (gregorian === null) return isoDate;
  const solarHijri = i18n.locale === 'fa' ? formatSolarHijriDay(i18n, isoDate) : null;
  return solarHijri === null ? gregorian : `${gregorian} (${solarHijri})`;
}

/** "Tue 16 Jan": the year is the same throughout a story's days, and the lists must fit a phone. */
export function formatShortDay(isoDate: string, i18n: I18n): string {
  return formatDay(i18n, isoDate, { weekday: 'short', day: 'numeric', month: 'short' }) ?? isoDate;
}

/** "29 November 2026": the reader's own calendar day, since it says when they printed. */
export function formatPrintDate(date: Date, i18n: I18n): string {
  return date.toLocaleDateString(intlLocaleOf(i18n), { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * Makes the formatters the first view uses (the header's date, the timeline's days, counts) ahead of the story: the
 * first date formatted in a language makes ICU load that language's patterns, some 10 ms, 40 ms on a slow laptop's
 * CPU. Called by the page's entry (src/main.tsx) while the story is read, so that the story's first render does not wait
 * for it. What it formats is thrown away.
 */
export function prepareDateFormatting(i18n: I18n): void {
  formatCalendarDate('2024-01-16', i18n);
  formatShortDay('2024-01-16', i18n);
}
