/*
 * These run for every incident whenever a story is placed in time (the timeline, the play stops, the list's order):
 * for 100,000 incidents, several passes of them before the map is drawn. The story formats fix the fields' shapes
 * (model/time.ts: "YYYY-MM-DD", "HH:MM", "+HH:MM"), so these read them digit by digit at fixed places, five times
 * faster than splitting them into arrays of numbers; text of any other shape is read the general way, as before.
 */

/** The number written by `length` digits from `start`, or NaN where any of them is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** "HH:MM" as [hours, minutes], or null for text of another shape. */
function fixedClock(text: string): [number, number] | null {
  if (text.length !== 5 || text.charCodeAt(2) !== 58 /* : */) return null;
  const hours = digitsAt(text, 0, 2);
  const minutes = digitsAt(text, 3, 2);
  return Number.isNaN(hours) || Number.isNaN(minutes) ? null : [hours, minutes];
}

/** Minutes east of UTC for an offset written "+03:30" or "-05:00". */
export function offsetMinutes(utcOffset: string): number {
  const sign = utcOffset.startsWith('-') ? -1 : 1;
  const clock = utcOffset.length === 6 ? fixedClock(utcOffset.slice(1)) : null;
  const [hours = 0, minutes = 0] = clock ?? utcOffset.slice(1).split(':').map(Number);
  return sign * (hours * 60 + minutes);
}

/** "YYYY-MM-DD" as [year, month, day], or null for text of another shape. */
function fixedDate(text: string): [number, number, number] | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 /* - */ || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day) ? null : [year, month, day];
}

/** Milliseconds since the epoch of a local date and time of day, read as UTC (no offset applied). */
export function localMs(date: string, time: string): number {
  const [year = 0, month = 1, day = 1] = fixedDate(date) ?? date.split('-').map(Number);
  const [hours = 0, minutes = 0] = fixedClock(time) ?? time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hours, minutes);
}

/** Milliseconds since the epoch of a reported local date and time, made absolute with its UTC offset. */
export function utcMs(date: string, time: string, utcOffset: string): number {
  return localMs(date, time) - offsetMinutes(utcOffset) * 60_000;
}

/** "+05:00" → "UTC+5", "+03:30" → "UTC+3:30", "+00:00" → "UTC": the way a reader says it. */
export function formatUtcOffset(offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (match === null) return `UTC${offset}`;
  const [, sign = '+', hours = '00', minutes = '00'] = match;
  if (hours === '00' && minutes === '00') return 'UTC';
  const minutePart = minutes === '00' ? '' : `:${minutes}`;
  return `UTC${sign}${Number(hours)}${minutePart}`;
}

/** An offset as "UTC+03:30": a bare "+03:30" is what spreadsheets read as the start of a formula or a time. */
export function formatUtcOffsetCode(offset: string): string {
  return `UTC${offset}`;
}
