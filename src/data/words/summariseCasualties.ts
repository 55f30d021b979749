import type { I18n } from '../../i18n/i18n.ts';
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

function headlineOf(measure: CasualtyMeasure, total: string, disputed: boolean, i18n: I18n): string {
  const values = { total };
  if (measure === 'killed') {
    return disputed
      ? i18n._({ id: 'casualties.killedDisputed', message: 'Killed: {total}, depending on who is counting', values })
      : i18n._({ id: 'casualties.killed', message: 'Killed: {total}', values });
  }
  return disputed
    ? i18n._({ id: 'casualties.injuredDisputed', message: 'Injured: {total}, depending on who is counting', values })
    : i18n._({ id: 'casualties.injured', message: 'Injured: {total}', values });
}

function describeTotal(counts: readonly HeadCount[], i18n: I18n): { total: string; disputed: boolean } {
  const low = Math.min(...counts.map((count) => count.value));
  // A range reaches its upper end, a single number itself.
  const high = Math.max(...counts.map((count) => count.upTo ?? count.value));
  // Every count the same (one claimant's range, "7–9", or one number) is no dispute; counts that differ span low–high.
  const disputed = !counts.every((count) => count.value === low && (count.upTo ?? count.value) === high);
  // A count that says "at least" has no upper end of its own (the schema), so its value is its highest.
  return {
    total:
      disputed && counts.some((count) => count.value === high && count.atLeast)
        ? i18n._({
            id: 'casualties.rangeOrMore',
            message: '{low, number}–{high, number} or more',
            values: { low, high },
          })
        : formatHeadCount({ value: low, upTo: high, atLeast: counts.every((count) => count.atLeast) }, i18n),
    disputed,
  };
}

interface Claimed {
  figure: CasualtyFigure;
  count: HeadCount;
}

/** The counts of one series in order, with repeats of the same count dropped: 7, 9, 9, 10 → 7 → 9 → 10. */
function revisionOf(series: string, members: readonly Claimed[], i18n: I18n): CountRevision | null {
  const counts = members
    .map(({ count }) => formatHeadCount(count, i18n))
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

function summarise(figures: readonly CasualtyFigure[], measure: CasualtyMeasure, i18n: I18n): CasualtySummary | null {
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
  const { total, disputed } = describeTotal(
    current.map(({ count }) => count),
    i18n,
  );
  return {
    measure,
    headline: headlineOf(measure, total, disputed, i18n),
    disputed,
    revisions: [...seriesMembers].flatMap(([series, members]) => revisionOf(series, members, i18n) ?? []),
    counts: claimed.map(({ figure, count }) => ({
      claimedBy: figure.claimedBy,
      count: formatHeadCount(count, i18n),
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
export function summariseCasualties(figures: readonly CasualtyFigure[], i18n: I18n): CasualtySummaries {
  return {
    measures: (['killed', 'injured'] as const).flatMap((measure) => summarise(figures, measure, i18n) ?? []),
    uncounted: figures.filter((figure) => figure.killed === null && figure.injured === null),
  };
}
