import type { CasualtyFigure, Citation, HeadCount } from '../model/incident.ts';
import { formatHeadCount } from './formatHeadCount.ts';

export type CasualtyMeasure = 'killed' | 'injured';

/** One claimant's count, kept with who claimed it and where it is cited. */
export interface ClaimedCount {
  claimedBy: string;
  count: string;
  description: string;
  citation: Citation;
}

export interface CasualtySummary {
  measure: CasualtyMeasure;
  /** "Killed: 2", or "Killed: 7–10, depending on who is counting" where claimants differ. */
  headline: string;
  disputed: boolean;
  counts: ClaimedCount[];
}

const LABELS: Record<CasualtyMeasure, string> = { killed: 'Killed', injured: 'Injured' };

function describeTotal(counts: readonly HeadCount[]): { total: string; disputed: boolean } {
  const values = counts.map((count) => count.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low === high) {
    return { total: counts.every((count) => count.atLeast) ? `at least ${low}` : String(low), disputed: false };
  }
  const openEnded = counts.some((count) => count.value === high && count.atLeast);
  return { total: `${low}–${high}${openEnded ? ' or more' : ''}`, disputed: true };
}

function summarise(figures: readonly CasualtyFigure[], measure: CasualtyMeasure): CasualtySummary | null {
  const claimed = figures.flatMap((figure) => {
    const count = figure[measure];
    return count === null ? [] : [{ figure, count }];
  });
  if (claimed.length === 0) return null;
  const { total, disputed } = describeTotal(claimed.map(({ count }) => count));
  return {
    measure,
    headline: `${LABELS[measure]}: ${total}${disputed ? ', depending on who is counting' : ''}`,
    disputed,
    counts: claimed.map(({ figure, count }) => ({
      claimedBy: figure.claimedBy,
      count: formatHeadCount(count),
      description: figure.description,
      citation: figure.citation,
    })),
  };
}

export interface CasualtySummaries {
  measures: CasualtySummary[];
  /** Accounts that give no number ("a number of terrorists were killed"): kept, because they are claims too. */
  uncounted: CasualtyFigure[];
}

/**
 * Casualty figures by measure, never merged into one number: where claimants differ the headline gives the range,
 * and every figure stays beside the party that claimed it.
 */
export function summariseCasualties(figures: readonly CasualtyFigure[]): CasualtySummaries {
  return {
    measures: (['killed', 'injured'] as const).flatMap((measure) => summarise(figures, measure) ?? []),
    uncounted: figures.filter((figure) => figure.killed === null && figure.injured === null),
  };
}
