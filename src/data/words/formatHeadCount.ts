import type { HeadCount } from '../../model/incident.ts';

/** A count as its claimant put it: "at least 2" keeps the hedge the source gave. */
export function formatHeadCount(count: HeadCount): string {
  return count.atLeast ? `at least ${count.value}` : String(count.value);
}
