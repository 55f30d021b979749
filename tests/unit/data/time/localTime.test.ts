import fc from 'fast-check';
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

describe('localTime, read digit by digit', () => {
  // The general reading, as it was before the fixed-place fast path: the fast path must agree with it everywhere.
  const generalLocalMs = (date: string, time: string) => {
    const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
    const [hours = 0, minutes = 0] = time.split(':').map(Number);
    return Date.UTC(year, month - 1, day, hours, minutes);
  };
  const generalOffsetMinutes = (utcOffset: string) => {
    const sign = utcOffset.startsWith('-') ? -1 : 1;
    const [hours = 0, minutes = 0] = utcOffset.slice(1).split(':').map(Number);
    return sign * (hours * 60 + minutes);
  };
  const digits = (length: number) =>
    fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((chars) => chars.join(''));
  const wellFormedDate = fc.tuple(digits(4), digits(2), digits(2)).map((parts) => parts.join('-'));
  const wellFormedClock = fc.tuple(digits(2), digits(2)).map((parts) => parts.join(':'));
  // Near misses: the right length with a stray character, and text of other lengths.
  const anyText = fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[\d:+\- a]{4,11}$/));

  it('reads a well-formed date and time as the general reading does', () => {
    fc.assert(
      fc.property(wellFormedDate, wellFormedClock, (date, time) => {
        expect(localMs(date, time)).toBe(generalLocalMs(date, time));
      }),
    );
  });

  it('reads a well-formed offset as the general reading does', () => {
    fc.assert(
      fc.property(fc.constantFrom('+', '-'), wellFormedClock, (sign, clock) => {
        expect(offsetMinutes(`${sign}${clock}`)).toBe(generalOffsetMinutes(`${sign}${clock}`));
      }),
    );
  });

  it('reads text of any other shape the general way, NaN and all', () => {
    fc.assert(
      fc.property(anyText, anyText, (date, time) => {
        expect(localMs(date, time)).toBe(generalLocalMs(date, time));
        expect(offsetMinutes(time)).toBe(generalOffsetMinutes(time));
      }),
    );
    expect(Number.isNaN(localMs('2024-0a-16', '21:30'))).toBe(true);
    expect(localMs('2024-1-16', '9:05')).toBe(Date.UTC(2024, 0, 16, 9, 5));
  });
});
