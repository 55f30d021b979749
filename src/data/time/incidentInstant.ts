import type { IncidentTime } from '../../model/incident.ts';

export interface IncidentInstant {
  /** Milliseconds since the epoch, in UTC. */
  utcMs: number;
  /** False when only the day is known: the instant is then the local noon of that day, a stand-in, not a fact. */
  timeKnown: boolean;
}

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

/**
 * When an incident happened, as one absolute instant: its local date and time made absolute with its UTC offset.
 * An incident known only to the day is placed at noon local time, the middle of the day it could have been.
 */
export function incidentInstant(when: IncidentTime): IncidentInstant {
  const timeKnown = when.time !== null;
  const local = localMs(when.date, when.time ?? '12:00');
  return { utcMs: local - offsetMinutes(when.utcOffset) * 60_000, timeKnown };
}
