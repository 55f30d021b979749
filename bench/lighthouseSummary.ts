import { median } from './stats.ts';

/** What one Lighthouse run gave for one page; a metric Lighthouse could not compute is null. */
export interface LighthouseRun {
  target: string;
  run: number;
  /** The performance category's score, 0–100. */
  performance: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  speedIndexMs: number | null;
  cls: number | null;
  /** Lighthouse's run warnings (a page that did not settle, an audit that could not run…). */
  warnings: string[];
  /** Why the run gave no figures (Lighthouse's runtime error, or an exception). */
  error: string | null;
}

export const LIGHTHOUSE_METRICS = [
  { key: 'performance', label: 'performance score (0–100)', unit: 'score' },
  { key: 'fcpMs', label: 'first contentful paint', unit: 'ms' },
  { key: 'lcpMs', label: 'largest contentful paint', unit: 'ms' },
  { key: 'tbtMs', label: 'total blocking time', unit: 'ms' },
  { key: 'speedIndexMs', label: 'speed index', unit: 'ms' },
  { key: 'cls', label: 'cumulative layout shift', unit: 'score' },
] as const;
export type LighthouseMetric = (typeof LIGHTHOUSE_METRICS)[number]['key'];

export interface LighthouseSummary {
  target: string;
  runs: number;
  failed: number;
  medians: Record<LighthouseMetric, number | null>;
  warnings: string[];
}

export function summariseLighthouse(runs: readonly LighthouseRun[], target: string): LighthouseSummary {
  const mine = runs.filter((run) => run.target === target);
  const ok = mine.filter((run) => run.error === null);
  const medians = Object.fromEntries(
    LIGHTHOUSE_METRICS.map(({ key }) => [
      key,
      median(ok.map((run) => run[key]).filter((value): value is number => value !== null)),
    ]),
  ) as Record<LighthouseMetric, number | null>;
  const warnings = [...new Set(mine.flatMap((run) => (run.error === null ? run.warnings : [run.error])))];
  return { target, runs: mine.length, failed: mine.length - ok.length, medians, warnings };
}
