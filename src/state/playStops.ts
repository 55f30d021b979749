import { incidentInstant } from '../data/incidentInstant.ts';
import type { Incident } from '../model/incident.ts';
import { isInDateSpan } from './incidentVisibility.ts';
import type { DateSpan } from './viewState.ts';

/**
 * The instants (UTC ms, earliest first, each once) at which playing the timeline reveals something: one per dated
 * incident in the span, incidents at the same instant revealed together.
 */
export function playStops(incidents: readonly Incident[], span: DateSpan): number[] {
  const instants = incidents.flatMap((incident) => {
    const { when } = incident.properties;
    return when !== null && isInDateSpan(when.date, span) ? [incidentInstant(when).utcMs] : [];
  });
  return [...new Set(instants)].sort((a, b) => a - b);
}

/** The play head's next stop, or null when it stood at the last one (playing has ended and everything shows). */
export function nextPlayStop(stops: readonly number[], playHeadUtcMs: number): number | null {
  return stops.find((stop) => stop > playHeadUtcMs) ?? null;
}
