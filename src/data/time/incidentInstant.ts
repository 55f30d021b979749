import type { IncidentTime } from '../../model/incident.ts';
import { utcMs } from './localTime.ts';

export interface IncidentInstant {
  /** Milliseconds since the epoch, in UTC. */
  utcMs: number;
  /** False when only the day is known: the instant is then the local noon of that day, a stand-in, not a fact. */
  timeKnown: boolean;
}

/**
 * When an incident happened, as one absolute instant: its local date and time made absolute with its UTC offset.
 * An incident known only to the day is placed at noon local time, the middle of the day it could have been.
 */
export function incidentInstant(when: IncidentTime): IncidentInstant {
  const timeKnown = when.time !== null;
  return { utcMs: utcMs(when.date, when.time ?? '12:00', when.utcOffset), timeKnown };
}
