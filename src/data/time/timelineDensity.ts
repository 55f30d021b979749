import type { Incident } from '../../model/incident.ts';
import { localMs } from './localTime.ts';

const DAY_MS = 86_400_000;

/** Beyond this many dated incidents the timeline draws how many happened when, not one mark each. */
export const MOST_TIMELINE_MARKS = 300;

/** Three-hour bins for a short story; never more than this many bins however long the story runs. */
const BINS_PER_DAY = 8;
const MOST_BINS = 192;

export interface DensityBin {
  /** Incidents in the bin that the map and the list show. */
  shown: number;
  /** Incidents in the bin hidden by the date span or the play head. */
  hidden: number;
}

export interface TimelineDensity {
  /** Equal slices of the timeline, first day's start to last day's end. */
  bins: DensityBin[];
  /** The most incidents in any one bin: the tallest bar. */
  mostInABin: number;
  dated: number;
  /** The local date with the most incidents, and how many; null with no dated incident. */
  busiestDay: { day: string; count: number } | null;
}

/**
 * How many dated incidents fall in each slice of the timeline, at their local date and time as the marks would be
 * placed (day-only incidents at noon). One pass over the incidents: a story of any size.
 */
export function timelineDensity(
  incidents: readonly Incident[],
  days: readonly string[],
  hiddenIncidentIds: ReadonlySet<string>,
): TimelineDensity {
  const first = days[0];
  const binCount = Math.min(MOST_BINS, Math.max(1, days.length * BINS_PER_DAY));
  const bins: DensityBin[] = Array.from({ length: binCount }, () => ({ shown: 0, hidden: 0 }));
  if (first === undefined) return { bins, mostInABin: 0, dated: 0, busiestDay: null };
  const startMs = localMs(first, '00:00');
  const spanMs = days.length * DAY_MS;
  const perDay = new Map<string, number>();
  let dated = 0;
  for (const incident of incidents) {
    const { when } = incident.properties;
    if (when === null) continue;
    dated += 1;
    perDay.set(when.date, (perDay.get(when.date) ?? 0) + 1);
    const fraction = (localMs(when.date, when.time ?? '12:00') - startMs) / spanMs;
    const bin = bins[Math.min(binCount - 1, Math.max(0, Math.floor(fraction * binCount)))];
    if (bin === undefined) continue;
    if (hiddenIncidentIds.has(incident.id)) bin.hidden += 1;
    else bin.shown += 1;
  }
  let busiestDay: TimelineDensity['busiestDay'] = null;
  for (const [day, count] of perDay) {
    if (busiestDay === null || count > busiestDay.count || (count === busiestDay.count && day < busiestDay.day)) {
      busiestDay = { day, count };
    }
  }
  const mostInABin = bins.reduce((most, bin) => Math.max(most, bin.shown + bin.hidden), 0);
  return { bins, mostInABin, dated, busiestDay };
}
