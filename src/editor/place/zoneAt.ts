import tzLookup from '@photostructure/tz-lookup';

/** A zone for an incident's date: the offset and the zone's full name, as `when` records them. */
export interface ZoneOnDate {
  /** The IANA zone the point lies in, e.g. "Europe/Paris". */
  ianaZone: string;
  utcOffset: string;
  /** The zone's name in English ("Central European Standard Time"); the IANA name where the browser knows no other. */
  zone: string;
}

function part(ianaZone: string, instant: Date, style: 'long' | 'longOffset'): string {
  const formatter = new Intl.DateTimeFormat('en-GB', { timeZone: ianaZone, timeZoneName: style });
  return formatter.formatToParts(instant).find((piece) => piece.type === 'timeZoneName')?.value ?? '';
}

function offsetOf(ianaZone: string, instant: Date): string {
  const text = part(ianaZone, instant, 'longOffset');
  // "GMT+05:00", or "GMT" alone for an offset of zero.
  const match = /^GMT([+-]\d{2}:\d{2})?$/.exec(text);
  return match?.[1] ?? '+00:00';
}

function minutesOf(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours = 0, minutes = 0] = offset.slice(1).split(':').map(Number);
  return sign * (hours * 60 + minutes);
}

/**
 * The zone at a point ([longitude, latitude]) on a local date and time (noon when only the day is known), from the
 * time-zone boundaries tz-lookup ships, with the offset that applied then (summer time included).
 */
export function zoneAt(position: readonly number[], date: string, time: string | null): ZoneOnDate | null {
  const [longitude, latitude] = position;
  if (longitude === undefined || latitude === undefined) return null;
  let ianaZone: string;
  try {
    ianaZone = tzLookup(latitude, longitude);
  } catch {
    return null;
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : new Date().toISOString().slice(0, 10);
  const asUtc = new Date(`${day}T${time ?? '12:00'}:00Z`);
  if (Number.isNaN(asUtc.getTime())) return null;
  // The local time read as UTC, moved by the zone's offset: the instant, right unless the clocks change within hours.
  const instant = new Date(asUtc.getTime() - minutesOf(offsetOf(ianaZone, asUtc)) * 60_000);
  const utcOffset = offsetOf(ianaZone, instant);
  const name = part(ianaZone, instant, 'long');
  return { ianaZone, utcOffset, zone: name === '' || name.startsWith('GMT') ? ianaZone : name };
}
