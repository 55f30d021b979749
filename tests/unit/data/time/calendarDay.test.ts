import { describe, expect, it } from 'vitest';
import { isCalendarDay, parseIsoCalendarDate } from '../../../../src/data/time/calendarDay.ts';

describe('calendarDay', () => {
  it('knows the length of each month and leap years', () => {
    expect(isCalendarDay(2024, 2, 29)).toBe(true);
    expect(isCalendarDay(2023, 2, 29)).toBe(false);
    expect(isCalendarDay(1900, 2, 29)).toBe(false);
    expect(isCalendarDay(2000, 2, 29)).toBe(true);
    expect(isCalendarDay(2024, 4, 31)).toBe(false);
    expect(isCalendarDay(2024, 13, 1)).toBe(false);
    expect(isCalendarDay(2024, 1, 0)).toBe(false);
  });

  it('reads YYYY-MM-DD and nothing else', () => {
    expect(parseIsoCalendarDate('2024-01-16')).toEqual({ year: 2024, month: 1, day: 16 });
    expect(parseIsoCalendarDate('2024-02-30')).toBeNull();
    expect(parseIsoCalendarDate('2024-1-16')).toBeNull();
  });
});
