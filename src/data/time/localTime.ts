/** Minutes east of UTC for an offset written "+03:30" or "-05:00". */
export function offsetMinutes(utcOffset: string): number {
  const sign = utcOffset.startsWith('-') ? -1 : 1;
  const [hours = 0, minutes = 0] = utcOffset.slice(1).split(':').map(Number);
  return sign * (hours * 60 + minutes);
}

/** Milliseconds since the epoch of a local date and time of day, read as UTC (no offset applied). */
export function localMs(date: string, time: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
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
