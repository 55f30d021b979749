import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatPrintDate, formatShortDay } from '../../../../src/data/time/formatCalendarDate.ts';

describe('formatCalendarDate and its short forms', () => {
  it('reads the date as a calendar day', () => {
    expect(formatCalendarDate('2024-01-16', englishI18n)).toBe('Tue 16 Jan 2024');
    expect(formatShortDay('2024-01-16', englishI18n)).toBe('Tue 16 Jan');
  });

  it('prints the day in full', () => {
    expect(formatPrintDate(new Date(2026, 10, 29, 12), englishI18n)).toBe('29 November 2026');
  });
});
