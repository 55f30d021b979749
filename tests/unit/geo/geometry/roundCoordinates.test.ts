import { describe, expect, it } from 'vitest';
import type { LineString, Point, Polygon } from 'geojson';
import { roundCoordinates } from '../../../../geo/geometry/roundCoordinates.ts';

describe('roundCoordinates', () => {
  it('rounds a point to the given number of decimals', () => {
    const point: Point = { type: 'Point', coordinates: [64.123456789, -26.987654321] };
    expect(roundCoordinates(point, { decimals: 5 }).coordinates).toEqual([64.12346, -26.98765]);
  });

  it('drops vertices that rounding makes equal to the one before', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [1.00001, 2],
        [1.00002, 2],
        [1.5, 2],
      ],
    };
    expect(roundCoordinates(line, { decimals: 4 }).coordinates).toEqual([
      [1, 2],
      [1.5, 2],
    ]);
  });

  it('keeps rings closed and at least four positions long', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1e-6, 0],
          [1e-6, 1e-6],
          [0, 0],
        ],
        [
          [0.3, 0.3],
          [0.30001, 0.3],
          [0.6, 0.3],
          [0.6, 0.6],
          [0.3, 0.3],
        ],
      ],
    };
    const [tiny, ring] = roundCoordinates(polygon, { decimals: 4 }).coordinates;
    expect(tiny).toHaveLength(4);
    expect(ring).toEqual([
      [0.3, 0.3],
      [0.6, 0.3],
      [0.6, 0.6],
      [0.3, 0.3],
    ]);
  });

  it('does not change its input', () => {
    const point: Point = { type: 'Point', coordinates: [1.23456789, 2.3456789] };
    roundCoordinates(point, { decimals: 2 });
    expect(point.coordinates).toEqual([1.23456789, 2.3456789]);
  });
});
