import { describe, expect, it } from 'vitest';
import { summariseLighthouse, type LighthouseRun } from '../../../bench/lighthouseSummary.ts';
import { formatSummary, lighthouseTableLines, rowsOf, summarise, type Phase } from '../../../bench/report.ts';
import type { SessionResult } from '../../../bench/measureSession.ts';
import type { Outcome } from '../../../bench/outcome.ts';
import { formatBytes, formatMs, formatRatio, median, ratio } from '../../../bench/stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('has no value for no runs', () => {
    expect(median([])).toBeNull();
  });
});

describe('ratio and its formatting', () => {
  it('divides the app by the baseline', () => {
    expect(formatRatio(ratio(130, 100))).toBe('1.30×');
  });

  it('says nothing rather than divide by zero or by a missing figure', () => {
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(null, 10)).toBeNull();
    expect(formatRatio(null)).toBe('—');
  });

  it('writes times and sizes in the units a reader expects', () => {
    expect(formatMs(12.34)).toBe('12.3 ms');
    expect(formatMs(456.7)).toBe('457 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
    expect(formatBytes(127_400)).toBe('127.4 kB');
    expect(formatBytes(2_500_000)).toBe('2.50 MB');
  });
});

const ok = (value: number): Outcome => ({ status: 'ok', value });
const timeout: Outcome = { status: 'timeout', limitS: 60, what: 'drawing every incident' };

describe('summarise', () => {
  it('counts a run that did not finish as infinitely slow, so most such runs make the median "did not finish"', () => {
    expect(summarise([ok(100), timeout, timeout]).median).toBe(Number.POSITIVE_INFINITY);
    expect(summarise([ok(100), ok(200), timeout]).median).toBe(200);
  });

  it('leaves failed and skipped runs out of the median but keeps their reasons', () => {
    const summary = summarise([ok(50), { status: 'failed', message: 'no marker' }, { status: 'skipped', reason: 'x' }]);
    expect(summary).toMatchObject({ median: 50, runs: 3, failed: ['no marker'] });
  });
});

function session(target: string, drawnMs: Outcome): SessionResult {
  const skipped: Outcome = { status: 'skipped', reason: 'test' };
  return {
    target,
    drawnMs,
    drawMethod: 'count',
    iconCount: 1,
    dataReceivedMs: null,
    bytes: null,
    heapBytes: skipped,
    popupMs: skipped,
    panMs: skipped,
    zoomMs: skipped,
    tileRequests: 0,
    blockedRequests: [],
    pageErrors: [],
    pageTextWhenStuck: null,
  };
}

describe('rowsOf', () => {
  const phase = (appDrawn: Outcome[]): Phase => ({
    id: 'scale-100000',
    title: 'test',
    incidents: 100_000,
    baselineTarget: 'baseline-clustered',
    sessions: [
      ...appDrawn.map((drawn, index) => ({ run: index + 1, result: session('app', drawn) })),
      ...[ok(1000), ok(1100), ok(900)].map((drawn, index) => ({
        run: index + 1,
        result: session('baseline-clustered', drawn),
      })),
    ],
  });
  const drawnFigure = {
    id: 'drawn',
    label: 'time to first draw',
    unit: 'ms' as const,
    pick: (result: SessionResult) => result.drawnMs,
    versus: 'baseline' as const,
    budget: { kind: 'ratio' as const, max: 1.5 },
  };

  it('passes an app within its budget ratio of the baseline median', () => {
    const [row] = rowsOf(phase([ok(1400), ok(1500), ok(1450)]), [drawnFigure]);
    expect(row?.ratio).toBeCloseTo(1.45);
    expect(row?.verdict).toBe('pass');
  });

  it('fails an app that did not finish, with no ratio to show', () => {
    const [row] = rowsOf(phase([timeout, timeout, ok(900)]), [drawnFigure]);
    expect(row?.ratio).toBeNull();
    expect(row?.verdict).toBe('fail');
  });
});

describe('formatSummary', () => {
  it('shows the median of times with the spread of the runs', () => {
    expect(formatSummary(summarise([ok(100), ok(120), ok(90)]), 'ms')).toBe('100 ms [90.0 ms–120 ms]');
  });

  it('says which runs are missing and when most did not finish', () => {
    expect(formatSummary(summarise([ok(100), timeout, timeout]), 'ms')).toBe('did not finish within 60 s (1/3 runs)');
  });
});

describe('Lighthouse summaries', () => {
  const run = (target: string, performance: number, lcpMs: number, error: string | null = null): LighthouseRun => ({
    target,
    run: 1,
    performance,
    fcpMs: 1000,
    lcpMs,
    tbtMs: 100,
    speedIndexMs: 1500,
    cls: 0,
    warnings: [],
    error,
  });

  it('takes medians of the runs that worked, and says how many failed', () => {
    const runs = [run('app', 70, 3000), run('app', 80, 4000), run('app', 90, 5000), run('app', 0, 0, 'NO_FCP')];
    const summary = summariseLighthouse(runs, 'app');
    expect(summary.medians.performance).toBe(80);
    expect(summary.medians.lcpMs).toBe(4000);
    expect(summary).toMatchObject({ runs: 4, failed: 1, warnings: ['NO_FCP'] });
  });

  it("judges issue 16's targets: a score of 90, and LCP within 1.5× of the plain page", () => {
    const lines = lighthouseTableLines(
      summariseLighthouse([run('app', 89, 3100)], 'app'),
      summariseLighthouse([run('baseline', 99, 2000)], 'baseline'),
    );
    expect(lines.find((line) => line.startsWith('| performance'))).toMatch(/\| 89 \| 99 \|.*\| ≥ 90 \| fail \|$/);
    expect(lines.find((line) => line.startsWith('| largest'))).toMatch(/\| 1\.55× \| ≤ 1\.50× \| fail \|$/);

    const better = lighthouseTableLines(
      summariseLighthouse([run('app', 92, 2900)], 'app'),
      summariseLighthouse([run('baseline', 99, 2000)], 'baseline'),
    );
    expect(better.find((line) => line.startsWith('| performance'))).toMatch(/pass \|$/);
    expect(better.find((line) => line.startsWith('| largest'))).toMatch(/1\.45× \| ≤ 1\.50× \| pass \|$/);
  });
});
