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

  it('names the flag at fault', () => {
    expect(() => parseBenchOptions(['--runs', 'many'])).toThrow('--runs');
    expect(() => parseBenchOptions(['--tiles', 'maybe'])).toThrow('--tiles');
    expect(() => parseBenchOptions(['--fast'])).toThrow('unknown option --fast');
  });
});
