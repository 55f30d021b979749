import type { I18n } from '../../i18n/i18n.ts';
import type { HeadCount } from '../../model/incident.ts';

/** A count as its claimant put it: "at least 2" keeps the hedge the source gave, "7–9" the range. */
export function formatHeadCount({ value, atLeast, upTo = value }: HeadCount, i18n: I18n): string {
  // The same words as a range over rival claimants, so a claimant's own range costs the first load no new message.
  if (upTo > value)
    return i18n._({
      id: 'casualties.range',
      message: '{low, number}–{high, number}',
      values: { low: value, high: upTo },
    });
  return atLeast
    ? i18n._({ id: 'count.atLeast', message: 'at least {count, number}', values: { count: value } })
    : i18n._({ id: 'count.exact', message: '{count, number}', values: { count: value } });
}
