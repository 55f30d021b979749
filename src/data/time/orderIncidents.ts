import type { Incident } from '../../model/incident.ts';
import { utcMs } from './localTime.ts';

export interface OrderedIncidents {
  /** Strikes and statements, earliest first. */
  dated: Incident[];
  /** Reference places: not events, so they have no date and come after, in the story's own order. */
  references: Incident[];
}

interface SortKey {
  incident: Incident;
  date: string;
  /** Null for what is known only to the day. */
  instantMs: number | null;
}

/**
 * By the day as reported first (a reader thinks "Tuesday 16 January", not in UTC); within a day, known times in
 * absolute order, then what is known only to the day. Ties keep the story's order.
 */
function compareKeys(a: SortKey, b: SortKey): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.instantMs === null || b.instantMs === null)
    return (a.instantMs === null ? 1 : 0) - (b.instantMs === null ? 1 : 0);
  return a.instantMs - b.instantMs;
}

/** The incidents as the list shows them: what happened in date order, then the places for reference. */
export function orderIncidents(incidents: readonly Incident[]): OrderedIncidents {
  // Each time is read once, not at every comparison: a sort compares about n log n times (millions for a dataset).
  const dated: SortKey[] = [];
  const references: Incident[] = [];
  for (const incident of incidents) {
    const { when } = incident.properties;
    if (when === null) references.push(incident);
    else {
      const instant = when.time === null ? null : utcMs(when.date, when.time, when.utcOffset);
      dated.push({ incident, date: when.date, instantMs: instant });
    }
  }
  dated.sort(compareKeys);
  return { dated: dated.map(({ incident }) => incident), references };
}
