import { describe, expect, it } from 'vitest';
import { zoneAt } from '../../../src/editor/place/zoneAt.ts';

describe('zoneAt', () => {
  it('names the zone at a point and its offset on the day', () => {
    expect(zoneAt([64.09, 26.97], '2024-01-18', '04:00')).toEqual({
      ianaZone: 'Asia/Karachi',
      utcOffset: '+05:00',
      zone: 'Pakistan Standard Time',
    });
    expect(zoneAt([44.01, 36.18], '2024-01-15', null)?.utcOffset).toBe('+03:00');
  });

  it('takes summer time into account', () => {
    expect(zoneAt([-0.12, 51.5], '2024-01-15', '12:00')?.utcOffset).toBe('+00:00');
    expect(zoneAt([-0.12, 51.5], '2024-07-15', '12:00')).toMatchObject({
      utcOffset: '+01:00',
      zone: 'British Summer Time',
    });
  });

  it('gives nothing for a point off the globe', () => {
    expect(zoneAt([200, 95], '2024-01-15', null)).toBeNull();
  });
});
