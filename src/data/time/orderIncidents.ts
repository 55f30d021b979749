import type { Incident } from '../../model/incident.ts';

export interface OrderedIncidents {
  /** Strikes and statements, earliest first. */
  dated: Incident[];
  /** Reference places: not events, so they have no date and come after, in the story's own order. */
  references: Incident[];
}

/** Minutes since the epoch at the reported local time, made absolute with its UTC offset. */
function utcMinutes(date: string, time: string, utcOffset: string): number {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const [hours = NaN, minutes = NaN] = time.split(':').map(Number);
  const sign = utcOffset.startsWith('-') ? -1 : 1;
  const [offsetHours = NaN, offsetMinutes = NaN] = utcOffset.slice(1).split(':').map(Number);
  const local = Date.UTC(year, month - 1, day, hours, minutes) / 60_000;
  return local - sign * (offsetHours * 60 + offsetMinutes);
}

interface SortKey {
  incident: Incident;
  date: string;
  /** Null for what is known only to the day. */
  utcMinutes: number | null;
}

/**
 * By the day as reported first (a reader thinks "Tuesday 16 January", not in UTC); within a day, known times in
 * absolute order, then what is known only to the day. Ties keep the story's order.
 */
function compareKeys(a: SortKey, b: SortKey): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.utcMinutes === null || b.utcMinutes === null)
    return (a.utcMinutes === null ? 1 : 0) - (b.utcMinutes === null ? 1 : 0);
  return a.utcMinutes - b.utcMinutes;
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
      const minutes = when.time === null ? null : utcMinutes(when.date, when.time, when.utcOffset);
      dated.push({ incident, date: when.date, utcMinutes: minutes });
    }
  }
  dated.sort(compareKeys);
  return { dated: dated.map(({ incident }) => incident), references };
}
