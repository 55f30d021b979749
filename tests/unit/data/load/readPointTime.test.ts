import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { readPointTime } from '../../../../src/data/load/readPointTime.ts';
import { IncidentTimeSchema } from '../../../../src/model/incident.ts';

describe('readPointTime', () => {
  it('reads a date as a day, without inventing a time zone', () => {
    expect(readPointTime('2024-01-16', englishChecksI18n)).toEqual({
      date: '2024-01-16',
      time: null,
      utcOffset: '+00:00',
      zone: 'zone not given',
      precision: 'day',
      note: null,
    });
  });

  it('keeps a time with its offset, to the minute', () => {
    expect(readPointTime('2024-01-16T17:30:05.250+05:00', englishChecksI18n)).toMatchObject({
      date: '2024-01-16',
      time: '17:30',
      utcOffset: '+05:00',
      zone: 'UTC+5',
      precision: 'exact',
    });
    expect(readPointTime('2024-01-18 04:30+0330', englishChecksI18n)).toMatchObject({
      time: '04:30',
      utcOffset: '+03:30',
    });
    expect(readPointTime('2024-01-15T20:36Z', englishChecksI18n)).toMatchObject({
      time: '20:36',
      utcOffset: '+00:00',
      zone: 'UTC',
    });
    expect(readPointTime('2024-01-15t20:36z', englishChecksI18n)).toMatchObject({ time: '20:36', zone: 'UTC' });
    expect(readPointTime('2024-01-15T20:36-05', englishChecksI18n)).toMatchObject({ utcOffset: '-05:00' });
  });

  it('drops a time that has no zone, and says so', () => {
    expect(readPointTime(' 2024-01-16T17:30 ', englishChecksI18n)).toEqual({
      date: '2024-01-16',
      time: null,
      utcOffset: '+00:00',
      zone: 'zone not given',
      precision: 'day',
      note: 'The file gives the time 17:30 without a time zone, so only the date is shown.',
    });
  });

  it.each([
    ['16 January 2024'],
    ['2024-02-30'],
    ['2023-02-29'],
    ['2024-13-01'],
    ['2024-1-5'],
    ['2024-01-16T24:00Z'],
    ['2024-01-16T12:60Z'],
    ['2024-01-16T12:00+15:00'],
    ['2024-01-16T12:00+05:75'],
    ['2024-01-16T'],
    ['20240116'],
    [''],
  ])('does not read %j', (text) => {
    expect(readPointTime(text, englishChecksI18n)).toBeNull();
  });

  it('accepts 29 February only in a leap year', () => {
    expect(readPointTime('2024-02-29', englishChecksI18n)).not.toBeNull();
    expect(readPointTime('2000-02-29', englishChecksI18n)).not.toBeNull();
    expect(readPointTime('1900-02-29', englishChecksI18n)).toBeNull();
  });

  it('reads only strings', () => {
    for (const value of [20240116, null, undefined, { date: '2024-01-16' }, ['2024-01-16'], true]) {
      expect(readPointTime(value, englishChecksI18n)).toBeNull();
    }
  });

  it('always gives a time the schema accepts', () => {
    for (const text of ['2024-01-16', '2024-01-16T17:30', '2024-01-16T17:30Z', '0001-01-01T00:00-14:00']) {
      expect(IncidentTimeSchema.safeParse(readPointTime(text, englishChecksI18n)).success).toBe(true);
    }
  });
});
