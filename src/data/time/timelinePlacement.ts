import type { Incident, IncidentTime } from '../../model/incident.ts';
import { incidentInstant } from './incidentInstant.ts';
import { localMs } from './localTime.ts';

const DAY_MS = 86_400_000;

/** One dated incident on the timeline. */
export interface TimelinePlacement {
  incident: Incident;
  when: IncidentTime;
  /** Where it stands along the timeline, 0 at the start of the first day, 1 at the end of the last. */
  fraction: number;
  /** Its row, counted from 0: incidents too close to share a row are stacked instead of drawn on top of each other. */
  lane: number;
  utcMs: number;
  timeKnown: boolean;
}

/** Closer than this (a fraction of the whole timeline) two marks would touch: the later one takes the next row. */
const MIN_GAP = 0.03;

export interface TimelinePlacementOptions {
  /**
   * The least distance between two marks in one row, as a fraction of the whole timeline: the width of a mark's
   * target over the timeline's width, once it is known.
   */
  minGap?: number;
}

/** Every local date from the earliest dated incident's to the latest's, both included: the timeline's days. */
export function storyDays(incidents: readonly Incident[]): string[] {
  // The earliest and the latest date in one pass (ISO dates compare as strings): no sort of every date.
  let earliest: string | null = null;
  let latest: string | null = null;
  for (const incident of incidents) {
    const date = incident.properties.when?.date;
    if (date === undefined) continue;
    if (earliest === null || date < earliest) earliest = date;
    if (latest === null || date > latest) latest = date;
  }
  if (earliest === null || latest === null) return [];
  const first = localMs(earliest, '00:00');
  const last = localMs(latest, '00:00');
  const days: string[] = [];
  for (let ms = first; ms <= last; ms += DAY_MS) days.push(new Date(ms).toISOString().slice(0, 10));
  return days;
}

/**
 * Places each dated incident at its own local date and time (a reader thinks "Tuesday evening where it happened", not in
 * UTC), the day-only ones at local noon. Returned in the order they happened, by absolute instant, which is the
 * order the play control reveals them in.
 */
export function placeOnTimeline(
  incidents: readonly Incident[],
  days: readonly string[],
  { minGap = MIN_GAP }: TimelinePlacementOptions = {},
): TimelinePlacement[] {
  const first = days[0];
  if (first === undefined) return [];
  const startMs = localMs(first, '00:00');
  const spanMs = days.length * DAY_MS;
  const unplaced = incidents.flatMap((incident) => {
    const { when } = incident.properties;
    if (when === null) return [];
    const { utcMs, timeKnown } = incidentInstant(when);
    const fraction = (localMs(when.date, when.time ?? '12:00') - startMs) / spanMs;
    return [{ incident, when, fraction: Math.min(Math.max(fraction, 0), 1), utcMs, timeKnown }];
  });
  const laneEnds: number[] = [];
  const byPosition = [...unplaced].sort((a, b) => a.fraction - b.fraction);
  const lanes = new Map<Incident, number>();
  for (const placed of byPosition) {
    let lane = laneEnds.findIndex((end) => placed.fraction - end >= minGap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = placed.fraction;
    lanes.set(placed.incident, lane);
  }
  return unplaced
    .map((placed) => ({ ...placed, lane: lanes.get(placed.incident) ?? 0 }))
    .sort((a, b) => a.utcMs - b.utcMs);
}

/** How many incidents have a date, and so a place on the timeline. */
export function countDated(incidents: readonly Incident[]): number {
  let count = 0;
  for (const incident of incidents) if (incident.properties.when !== null) count += 1;
  return count;
}
