import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { formatLocalDateTime } from '../../../../src/data/time/formatLocalDateTime.ts';

describe('formatLocalDateTime', () => {
  it('gives the date and time as printed, with the zone and its offset', () => {
    expect(formatLocalDateTime({ local: '2024-01-20T08:34', utcOffset: '+05:30', zone: 'IST' }, englishI18n)).toBe(
      'Sat 20 Jan 2024, 08:34 IST (UTC+5:30)',
    );
  });
});
