import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseBenchOptions } from '../../../bench/options.ts';

describe('parseBenchOptions', () => {
  it('gives the defaults for no arguments', () => {
    expect(parseBenchOptions([])).toEqual(DEFAULT_OPTIONS);
  });

  it('reads runs and scales, in either flag form', () => {
    expect(parseBenchOptions(['--runs', '3', '--scales=1000,10_000'])).toMatchObject({
      runs: 3,
      scales: [1000, 10_000],
    });
  });

  it('makes --quick one run of the smallest scale', () => {
    expect(parseBenchOptions(['--quick'])).toMatchObject({ runs: 1, scales: [1000] });
  });

  it('throttles the CPU 4× in a second pass by default, and not at all with "none"', () => {
    expect(parseBenchOptions([])).toMatchObject({ cpuThrottle: 4 });
    expect(parseBenchOptions(['--cpu-throttle', '6'])).toMatchObject({ cpuThrottle: 6 });
    expect(parseBenchOptions(['--cpu-throttle=none'])).toMatchObject({ cpuThrottle: 1 });
    expect(() => parseBenchOptions(['--cpu-throttle', '0.5'])).toThrow('--cpu-throttle');
  });

  it('runs Lighthouse only when asked, and a number of runs asks for it', () => {
    expect(parseBenchOptions([])).toMatchObject({ lighthouse: false });
    expect(parseBenchOptions(['--lighthouse'])).toMatchObject({ lighthouse: true, lighthouseRuns: 3 });
    expect(parseBenchOptions(['--lighthouse-runs', '5'])).toMatchObject({ lighthouse: true, lighthouseRuns: 5 });
  });

  it('names the flag at fault', () => {
    expect(() => parseBenchOptions(['--runs', 'many'])).toThrow('--runs');
    expect(() => parseBenchOptions(['--tiles', 'maybe'])).toThrow('--tiles');
    expect(() => parseBenchOptions(['--fast'])).toThrow('unknown option --fast');
  });
});
