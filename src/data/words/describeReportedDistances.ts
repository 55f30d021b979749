import type { ReportedDistance } from '../../model/incident.ts';

/** "about 50 km" or "3–4 km": the figure a source gave, as a range when it gave one. */
export function formatReportedRange({ minKm, maxKm }: ReportedDistance): string {
  return minKm === maxKm ? `about ${minKm} km` : `${minKm}–${maxKm} km`;
}

/**
 * The distances the sources give for the event itself, each with who gave it, in one line for a first glance:
 * "Reported: 3–4 km from the border (a minister, via a news agency)". Null when none is given.
 * Shown before the computed distance of an approximate marker, which is the stand-in's, not the event's.
 */
export function describeReportedDistances(distances: readonly ReportedDistance[] | undefined): string | null {
  if (distances === undefined || distances.length === 0) return null;
  const each = distances.map(
    (distance) => `${formatReportedRange(distance)} from ${distance.from} (${distance.claimedBy})`,
  );
  return `Reported: ${each.join('; ')}`;
}
