import { describe, expect, it } from 'vitest';
import type { LineString, MultiLineString } from 'geojson';
import { distanceToLineKm } from '../../../../geo/geometry/distanceToLineKm.ts';

/** One degree of a great circle on turf's sphere (radius 6,371,008.8 m). */
const ONE_DEGREE_KM = (2 * Math.PI * 6371.0088) / 360;

const meridian: LineString = {
  type: 'LineString',
  coordinates: [
    [0, -10],
    [0, 10],
  ],
};

describe('distanceToLineKm', () => {
  it('measures across to the nearest point of a segment, not to a vertex', () => {
    expect(distanceToLineKm([1, 0], meridian)).toBeCloseTo(ONE_DEGREE_KM, 0);
  });

  it('measures to the end when the point lies beyond it', () => {
    expect(distanceToLineKm([0, 11], meridian)).toBeCloseTo(ONE_DEGREE_KM, 0);
  });

  it('is zero on the line', () => {
    expect(distanceToLineKm([0, 3], meridian)).toBeCloseTo(0, 6);
  });

  it('takes the nearest part of a multi-line', () => {
    const twoParts: MultiLineString = {
      type: 'MultiLineString',
      coordinates: [
        [
          [0, -10],
          [0, 10],
        ],
        [
          [3, -10],
          [3, 10],
        ],
      ],
    };
    expect(distanceToLineKm([2, 0], twoParts)).toBeCloseTo(ONE_DEGREE_KM, 0);
  });
});
