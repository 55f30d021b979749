import type { CasualtyFigure, Citation, HeadCount } from '../../model/incident.ts';
import { formatHeadCount } from './formatHeadCount.ts';

export type CasualtyMeasure = 'killed' | 'injured';

/** One claimant's count, kept with who claimed it and where it is cited. */
export interface ClaimedCount {
  claimedBy: string;
  count: string;
  description: string;
  citation: Citation;
  reportedAt: string | null;
  /** A later count in the same series replaced this one. */
  superseded: boolean;
}

/** One side's successive counts, oldest first: "7 → 9 → 10". */
export interface CountRevision {
  series: string;
  counts: string[];
}

export interface CasualtySummary {
  measure: CasualtyMeasure;
  /** "Killed: 2", or "Killed: 2–3, depending on who is counting" where rival claimants differ. */
  headline: string;
  disputed: boolean;
  /** Counts that rose or fell as one side updated them; not a disagreement. */
  revisions: CountRevision[];
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

interface Claimed {
  figure: CasualtyFigure;
  count: HeadCount;
}

/** The counts of one series in order, with repeats of the same count dropped: 7, 9, 9, 10 → 7 → 9 → 10. */
function revisionOf(series: string, members: readonly Claimed[]): CountRevision | null {
  const counts = members
    .map(({ count }) => formatHeadCount(count))
    .filter((count, index, all) => index === 0 || all[index - 1] !== count);
  return counts.length > 1 ? { series, counts } : null;
}

/**
 * The figures for one measure that stand: each series speaks with its latest count, a figure outside any series
 * speaks for itself. The CSV download and the popup agree through this.
 */
export function standingFigures(figures: readonly CasualtyFigure[], measure: CasualtyMeasure): CasualtyFigure[] {
  const counted = figures.filter((figure) => figure[measure] !== null);
  const latestOfSeries = new Map<string, CasualtyFigure>();
  for (const figure of counted) if (figure.series !== undefined) latestOfSeries.set(figure.series, figure);
  return counted.filter((figure) => figure.series === undefined || latestOfSeries.get(figure.series) === figure);
}

function summarise(figures: readonly CasualtyFigure[], measure: CasualtyMeasure): CasualtySummary | null {
  const claimed: Claimed[] = figures.flatMap((figure) => {
    const count = figure[measure];
    return count === null ? [] : [{ figure, count }];
  });
  if (claimed.length === 0) return null;
  const seriesMembers = new Map<string, Claimed[]>();
  for (const entry of claimed) {
    const { series } = entry.figure;
    if (series !== undefined) seriesMembers.set(series, [...(seriesMembers.get(series) ?? []), entry]);
  }
  const standing = new Set(standingFigures(figures, measure));
  const current = claimed.filter(({ figure }) => standing.has(figure));
  const { total, disputed } = describeTotal(current.map(({ count }) => count));
  return {
    measure,
    headline: `${LABELS[measure]}: ${total}${disputed ? ', depending on who is counting' : ''}`,
    disputed,
    revisions: [...seriesMembers].flatMap(([series, members]) => revisionOf(series, members) ?? []),
    counts: claimed.map(({ figure, count }) => ({
      claimedBy: figure.claimedBy,
      count: formatHeadCount(count),
      description: figure.description,
      citation: figure.citation,
      reportedAt: figure.reportedAt ?? null,
      superseded: !standing.has(figure),
    })),
  };
}

export interface CasualtySummaries {
  measures: CasualtySummary[];
  /** Accounts that give no number ("a number of terrorists were killed"): kept, because they are claims too. */
  uncounted: CasualtyFigure[];
}

/**
 * Casualty figures by measure, never merged into one number: where rival claimants differ the headline gives the
 * range, a toll one side updated is shown as its revision, and every figure stays beside the party that claimed it.
 */
export function summariseCasualties(figures: readonly CasualtyFigure[]): CasualtySummaries {
  return {
    measures: (['killed', 'injured'] as const).flatMap((measure) => summarise(figures, measure) ?? []),
    uncounted: figures.filter((figure) => figure.killed === null && figure.injured === null),
  };
}
