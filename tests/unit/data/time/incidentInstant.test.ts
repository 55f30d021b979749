import { describe, expect, it } from 'vitest';
import { incidentInstant } from '../../../../src/data/time/incidentInstant.ts';
import { offsetMinutes } from '../../../../src/data/time/localTime.ts';
import type { IncidentTime } from '../../../../src/model/incident.ts';

function when(date: string, time: string | null, utcOffset: string): IncidentTime {
  return { date, time, utcOffset, zone: 'zone', precision: time === null ? 'day' : 'exact', note: null };
}

describe('incidentInstant', () => {
  it('makes a local time absolute with its offset, half hours included', () => {
    expect(incidentInstant(when('2024-01-18', '04:30', '+03:30'))).toEqual({
      utcMs: Date.UTC(2024, 0, 18, 1, 0),
      timeKnown: true,
    });
    expect(incidentInstant(when('2024-01-16', '17:30', '+05:00')).utcMs).toBe(Date.UTC(2024, 0, 16, 12, 30));
  });

  it('puts a west-of-UTC evening on the next UTC day', () => {
    expect(incidentInstant(when('2024-01-18', '21:00', '-05:00')).utcMs).toBe(Date.UTC(2024, 0, 19, 2, 0));
  });

  it('places a day-only incident at local noon, and says the time is not known', () => {
    expect(incidentInstant(when('2024-01-18', null, '-05:00'))).toEqual({
      utcMs: Date.UTC(2024, 0, 18, 17, 0),
      timeKnown: false,
    });
  });

  it('reads offsets east and west of UTC', () => {
    expect(offsetMinutes('+03:30')).toBe(210);
    expect(offsetMinutes('-05:00')).toBe(-300);
    expect(offsetMinutes('+00:00')).toBe(0);
  });
});
