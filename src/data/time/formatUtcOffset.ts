/** "+05:00" → "UTC+5", "+03:30" → "UTC+3:30", "+00:00" → "UTC": the way a reader says it. */
export function formatUtcOffset(offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (match === null) return `UTC${offset}`;
  const [, sign = '+', hours = '00', minutes = '00'] = match;
  if (hours === '00' && minutes === '00') return 'UTC';
  const minutePart = minutes === '00' ? '' : `:${minutes}`;
  return `UTC${sign}${Number(hours)}${minutePart}`;
}
