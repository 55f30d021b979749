import { isolate } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { ReportedDistance } from '../../model/incident.ts';

/**
 * The distances the sources give for the event itself, each with who gave it, in one line for a first glance:
 * "Reported: 3–4 km from the border (a minister, via a news agency).". Null when none is given. Shown before the
 * computed distance of an approximate marker, which is the stand-in's, not the event's. The story's own words (where
 * from, who said it) stay in the story's language, isolated in a right-to-left page.
 */
export function describeReportedDistances(
  distances: readonly ReportedDistance[] | undefined,
  i18n: I18n,
): string | null {
  if (distances === undefined || distances.length === 0) return null;
  const each = distances.map((distance) => {
    const values = {
      minKm: distance.minKm,
      maxKm: distance.maxKm,
      from: isolate(i18n, distance.from),
      by: isolate(i18n, distance.claimedBy),
    };
    return distance.minKm === distance.maxKm
      ? i18n._({ id: 'reported.about', message: 'about {minKm, number} km from {from} ({by})', values })
      : i18n._({ id: 'reported.range', message: '{minKm, number}–{maxKm, number} km from {from} ({by})', values });
  });
  return i18n._({
    id: 'reported.line',
    message: 'Reported: {distances}.',
    values: { distances: each.join(i18n._({ id: 'reported.separator', message: '; ' })) },
  });
}
