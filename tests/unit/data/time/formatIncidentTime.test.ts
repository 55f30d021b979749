import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../../../src/data/time/formatCalendarDate.ts';
import { formatIncidentTime } from '../../../../src/data/time/formatIncidentTime.ts';
import { formatUtcOffset } from '../../../../src/data/time/localTime.ts';
import type { IncidentTime } from '../../../../src/model/incident.ts';

function when(overrides: Partial<IncidentTime>): IncidentTime {
  return {
    date: '2024-01-16',
    time: '17:30',
    utcOffset: '+05:00',
    zone: 'Pakistan Standard Time',
    precision: 'exact',
    note: null,
    ...overrides,
  };
}

describe('formatIncidentTime', () => {
  it('gives the local time with its offset first, then the zone by name', () => {
    expect(formatIncidentTime(when({}), englishI18n)).toBe('Tue 16 Jan 2024, 17:30 UTC+5 (Pakistan Standard Time)');
  });

  it('says "about" when the time is approximate', () => {
    expect(formatIncidentTime(when({ precision: 'approximate' }), englishI18n)).toBe(
      'Tue 16 Jan 2024, about 17:30 UTC+5 (Pakistan Standard Time)',
    );
  });

  it('keeps half-hour offsets', () => {
    const saravan = when({ date: '2024-01-18', time: '04:30', utcOffset: '+03:30', zone: 'Iran Standard Time' });
    expect(formatIncidentTime(saravan, englishI18n)).toBe('Thu 18 Jan 2024, 04:30 UTC+3:30 (Iran Standard Time)');
  });

  it('never prints the same offset twice when the zone is only the offset', () => {
    const idlib = when({ date: '2024-01-15', time: '23:40', utcOffset: '+03:00', zone: 'UTC+3' });
    expect(formatIncidentTime(idlib, englishI18n)).toBe('Mon 15 Jan 2024, 23:40 UTC+3');
    expect(formatIncidentTime(when({ zone: 'UTC +5' }), englishI18n)).toBe('Tue 16 Jan 2024, 17:30 UTC+5');
  });

  it('says so when only the day is known', () => {
    expect(formatIncidentTime(when({ date: '2024-01-19', time: null, precision: 'day' }), englishI18n)).toBe(
      'Fri 19 Jan 2024 (time of day not known)',
    );
  });
});

describe('formatCalendarDate', () => {
  it('reads the date as a calendar day, whatever the reader’s time zone', () => {
    expect(formatCalendarDate('2024-01-15', englishI18n)).toBe('Mon 15 Jan 2024');
    expect(formatCalendarDate('2024-02-29', englishI18n)).toBe('Thu 29 Feb 2024');
  });

  it('leaves text it cannot read as it is', () => {
    expect(formatCalendarDate('sometime', englishI18n)).toBe('sometime');
  });
});

describe('formatUtcOffset', () => {
  it.each([
    ['+05:00', 'UTC+5'],
    ['+03:30', 'UTC+3:30'],
    ['+00:00', 'UTC'],
    ['-05:00', 'UTC-5'],
  ])('%s reads as %s', (offset, expected) => {
    expect(formatUtcOffset(offset)).toBe(expected);
  });
});
