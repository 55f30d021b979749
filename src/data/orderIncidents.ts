import type { Incident, IncidentTime } from '../model/incident.ts';

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

/**
 * By the day as reported first (a reader thinks "Tuesday 16 January", not in UTC); within a day, known times in
 * absolute order, then what is known only to the day. Ties keep the story's order.
 */
function compareTimes(a: IncidentTime, b: IncidentTime): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.time === null || b.time === null) return (a.time === null ? 1 : 0) - (b.time === null ? 1 : 0);
  return utcMinutes(a.date, a.time, a.utcOffset) - utcMinutes(b.date, b.time, b.utcOffset);
}

/** The incidents as the list shows them: what happened in date order, then the places for reference. */
export function orderIncidents(incidents: readonly Incident[]): OrderedIncidents {
  const dated: { incident: Incident; when: IncidentTime }[] = [];
  const references: Incident[] = [];
  for (const incident of incidents) {
    const { when } = incident.properties;
    if (when === null) references.push(incident);
    else dated.push({ incident, when });
  }
  dated.sort((a, b) => compareTimes(a.when, b.when));
  return { dated: dated.map(({ incident }) => incident), references };
}
