import { incidentInstant } from '../data/time/incidentInstant.ts';
import type { Incident } from '../model/incident.ts';
import { isInDateSpan } from './incidentVisibility.ts';
import type { DateSpan } from './viewState.ts';

/**
 * The instants (UTC ms, earliest first, each once) at which playing the timeline reveals something: one per dated
 * incident in the span, incidents at the same instant revealed together; for a story with very many, evenly spaced
 * instants from the first to the last.
 */
export function playStops(incidents: readonly Incident[], span: DateSpan): number[] {
  const instants = incidents.flatMap((incident) => {
    const { when } = incident.properties;
    return when !== null && isInDateSpan(when.date, span) ? [incidentInstant(when).utcMs] : [];
  });
  const stops = [...new Set(instants)].sort((a, b) => a - b);
  return stops.length > MOST_PLAY_STOPS ? evenStops(stops, MOST_PLAY_STOPS) : stops;
}

/**
 * Past this many instants (a dataset rather than one article's week) playing one at a time would take hours: the
 * play head then moves in equal steps of time instead, each revealing what happened within it.
 */
export const MOST_PLAY_STOPS = 60;

/** `count` instants evenly spaced from the first stop to the last, both included. */
function evenStops(stops: readonly number[], count: number): number[] {
  const first = stops[0] ?? 0;
  const last = stops[stops.length - 1] ?? first;
  const step = (last - first) / (count - 1);
  return Array.from({ length: count }, (_, index) => (index === count - 1 ? last : first + Math.round(index * step)));
}

/** The play head's next stop, or null when it stood at the last one (playing has ended and everything shows). */
export function nextPlayStop(stops: readonly number[], playHeadUtcMs: number): number | null {
  return stops.find((stop) => stop > playHeadUtcMs) ?? null;
}

/** Whether the timeline is playing, paused part-way, or showing the whole span. */
export type PlaybackStatus = 'stopped' | 'playing' | 'paused';
