import { describe, expect, it } from 'vitest';
import {
  formatUtcOffset,
  formatUtcOffsetCode,
  localMs,
  offsetMinutes,
  utcMs,
} from '../../../../src/data/time/localTime.ts';

describe('localTime', () => {
  it('reads offsets east and west of UTC', () => {
    expect(offsetMinutes('+05:30')).toBe(330);
    expect(offsetMinutes('-03:30')).toBe(-210);
  });

  it('makes a local date and time absolute with its offset', () => {
    expect(localMs('2024-01-16', '21:30')).toBe(Date.UTC(2024, 0, 16, 21, 30));
    expect(utcMs('2024-01-16', '21:30', '+05:00')).toBe(Date.UTC(2024, 0, 16, 16, 30));
    expect(utcMs('2024-01-16', '21:30', '-02:00')).toBe(Date.UTC(2024, 0, 16, 23, 30));
  });

  it('writes offsets for readers and for spreadsheets', () => {
    expect(formatUtcOffset('+03:30')).toBe('UTC+3:30');
    expect(formatUtcOffset('+00:00')).toBe('UTC');
    expect(formatUtcOffsetCode('+03:30')).toBe('UTC+03:30');
  });
});
