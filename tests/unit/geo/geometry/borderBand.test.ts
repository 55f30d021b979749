import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { LineString } from 'geojson';
import { borderBand } from '../../../../geo/geometry/borderBand.ts';
import { signedRingArea } from '../../../../geo/geometry/signedRingArea.ts';

/** Along a meridian near the equator, 0.1° of longitude is about 11.1 km. */
const meridian: LineString = {
  type: 'LineString',
  coordinates: [
    [0, 0],
    [0, 1],
  ],
};

describe('borderBand', () => {
  const band = borderBand(meridian, { distanceKm: 50 });

  it('covers what lies within the distance on either side, and nothing further', () => {
    expect(booleanPointInPolygon([0.4, 0.5], band)).toBe(true);
    expect(booleanPointInPolygon([-0.4, 0.5], band)).toBe(true);
    expect(booleanPointInPolygon([0.5, 0.5], band)).toBe(false);
    expect(booleanPointInPolygon([0, 1.5], band)).toBe(false);
  });

  it('winds its outer ring counter-clockwise, as RFC 7946 asks', () => {
    const outer = band.type === 'Polygon' ? band.coordinates[0] : band.coordinates[0]?.[0];
    expect(signedRingArea(outer ?? [])).toBeGreaterThan(0);
  });

  it('refuses a distance that is not positive', () => {
    expect(() => borderBand(meridian, { distanceKm: 0 })).toThrow(/positive/);
  });
});
