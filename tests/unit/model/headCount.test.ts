import { describe, expect, it } from 'vitest';
import { HeadCountSchema } from '../../../src/model/incident.ts';

function problems(count: unknown): string[] {
  const result = HeadCountSchema.safeParse(count);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('HeadCountSchema', () => {
  it('takes one number, a floor ("at least") and a range ("between 7 and 9")', () => {
    expect(problems({ value: 7, atLeast: false })).toEqual([]);
    expect(problems({ value: 7, atLeast: true })).toEqual([]);
    expect(problems({ value: 7, atLeast: false, upTo: 9 })).toEqual([]);
    expect(HeadCountSchema.parse({ value: 0, atLeast: false, upTo: 1 })).toEqual({ value: 0, atLeast: false, upTo: 1 });
  });

  it('refuses a range whose upper end is not above its lower end', () => {
    expect(problems({ value: 9, atLeast: false, upTo: 9 })).toEqual([
      'upTo: upTo is the upper end of a range and must be more than value',
    ]);
    expect(problems({ value: 9, atLeast: false, upTo: 7 })).toHaveLength(1);
  });

  it('refuses a range that also says "at least": a range has both its ends', () => {
    expect(problems({ value: 7, atLeast: true, upTo: 9 })).toEqual([
      'upTo: a range has both its ends: it is not also "at least"',
    ]);
  });

  it('refuses an upper end that is not a whole number of people', () => {
    expect(problems({ value: 7, atLeast: false, upTo: 8.5 })).not.toEqual([]);
    expect(problems({ value: 7, atLeast: false, upTo: -1 })).not.toEqual([]);
  });
});
