import type { I18n } from '@lingui/core';

/**
 * The `Intl` locale for the interface's language: English keeps the day-month-year order the app has always
 * printed; Persian's `fa` brings Persian digits and, by default, the Solar Hijri calendar (asked for explicitly
 * below, so that the Gregorian date is always the one beside the sources).
 */
export function intlLocaleOf(i18n: I18n): string {
  switch (i18n.locale) {
    case 'en':
      return 'en-GB';
    case 'hi':
      return 'hi-IN';
    case 'ur':
      return 'ur-PK';
    default:
      return i18n.locale;
  }
}

/**
 * Intl's formatters, made once for each language and set of options. Making one costs about a tenth of a millisecond
 * (ICU looks up the locale's patterns), formatting with it about a thousandth: the first render of a story formats
 * hundreds of dates and counts (list, timeline, popups). The options come from the code, so the cache stays small.
 */
const formatterCache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cachedFormatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: 'date' | 'number',
  locale: string,
  options: object | undefined,
  make: () => F,
): F {
  const key = `${kind} ${locale} ${JSON.stringify(options ?? {})}`;
  const cached = formatterCache.get(key) as F | undefined;
  if (cached !== undefined) return cached;
  const made = make();
  formatterCache.set(key, made);
  return made;
}

function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormatter('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormatter('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function formatNumber(i18n: I18n, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(intlLocaleOf(i18n), options).format(value);
}

/** A run of Latin digits in text the app composes (a clock time, a UTC offset) in the reader's digits. */
export function localiseDigits(i18n: I18n, text: string): string {
  if (i18n.locale === 'en') return text;
  const digits = numberFormat(intlLocaleOf(i18n), { useGrouping: false });
  return text.replace(/\d/g, (digit) => digits.format(Number(digit)));
}

/** A calendar day "YYYY-MM-DD" as a date at midnight UTC, or null for one that is not a day. */
function utcDay(isoDate: string): Date | null {
  const [year = NaN, month = NaN, day = NaN] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The formatter of formatDay and formatDayToParts: the Gregorian calendar, read in UTC. */
function dayFormat(i18n: I18n, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateFormat(intlLocaleOf(i18n), { ...options, calendar: 'gregory', timeZone: 'UTC' });
}

/** A calendar day "YYYY-MM-DD", read in UTC so that it never moves into the reader's own time zone. */
export function formatDay(i18n: I18n, isoDate: string, options: Intl.DateTimeFormatOptions): string | null {
  const date = utcDay(isoDate);
  if (date === null) return null;
  const text = dayFormat(i18n, options).format(date);
  // English as the app has always printed it: "Tue 16 Jan 2024", no comma after the weekday.
  return i18n.locale === 'en' ? text.replace(/^(\p{L}+),/u, '$1') : text;
}

/**
 * formatDay's text in its parts (weekday, day, month and the literals between, in the language's own order), for a
 * label that styles or hides one of them: formatting the parts apart and joining them would choose the order itself,
 * and Urdu's "weekday day" alone is "15 پیر", while its whole date reads "پیر، 15 جنوری". Only for such labels:
 * formatDay's plain text costs no array per call, and the list and the handout format every incident's date.
 */
export function formatDayToParts(
  i18n: I18n,
  isoDate: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormatPart[] | null {
  const date = utcDay(isoDate);
  if (date === null) return null;
  const parts = dayFormat(i18n, options).formatToParts(date);
  if (i18n.locale !== 'en') return parts;
  // As formatDay prints English: no comma after the weekday.
  return parts.map((part, index) =>
    index === 1 && part.type === 'literal' && parts[0]?.type === 'weekday'
      ? { ...part, value: part.value.replace(/^,/, '') }
      : part,
  );
}

/** The same day in the Solar Hijri calendar: "۲۶ دی ۱۴۰۲". */
export function formatSolarHijriDay(i18n: I18n, isoDate: string): string | null {
  const date = utcDay(isoDate);
  if (date === null) return null;
  return dateFormat(`${intlLocaleOf(i18n)}-u-ca-persian`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * The story's own words inside a sentence of the interface's (a place's name in "Marker on {place}."): in a
 * right-to-left page they are wrapped in Unicode's first-strong isolate, as <bdi> does in markup, so that English
 * words do not reorder the Urdu or Persian around them. Text for an English page is left as it is.
 */
export function isolate(i18n: I18n, words: string): string {
  return i18n.locale === 'ur' || i18n.locale === 'fa' ? `\u2068${words}\u2069` : words;
}
