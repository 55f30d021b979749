import type { I18n } from '../../i18n/i18n.ts';
import type { HeadCount } from '../../model/incident.ts';

/** A count as its claimant put it: "at least 2" keeps the hedge the source gave. */
export function formatHeadCount(count: HeadCount, i18n: I18n): string {
  return count.atLeast
    ? i18n._({ id: 'count.atLeast', message: 'at least {count, number}', values: { count: count.value } })
    : i18n._({ id: 'count.exact', message: '{count, number}', values: { count: count.value } });
}
