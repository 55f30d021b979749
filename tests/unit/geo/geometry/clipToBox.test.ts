import { describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { clipToBox } from '../../../../geo/geometry/clipToBox.ts';

const square = (west: number, south: number, size: number): number[][] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe('clipToBox', () => {
  it('cuts an area down to the box', () => {
    const clipped = clipToBox({ type: 'Polygon', coordinates: [square(0, 0, 4)] }, [1, 1, 3, 3]);
    expect(clipped === null ? null : bbox(clipped)).toEqual([1, 1, 3, 3]);
  });

  it('is null when nothing lies inside the box', () => {
    expect(clipToBox({ type: 'Polygon', coordinates: [square(10, 10, 1)] }, [0, 0, 5, 5])).toBeNull();
  });

  it('drops the parts of a multipolygon that lie outside, rather than keeping empty ones', () => {
    const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(1, 1, 1)], [square(10, 10, 1)]] };
    const clipped = clipToBox(islands, [0, 0, 5, 5]);
    expect(clipped).toEqual<Polygon>({ type: 'Polygon', coordinates: [square(1, 1, 1)] });
  });

  it('splits a concave shape that leaves and re-enters the box into separate parts', () => {
    const horseshoe: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [6, 0],
          [6, 6],
          [4, 6],
          [4, 2],
          [2, 2],
          [2, 6],
          [0, 6],
          [0, 0],
        ],
      ],
    };
    const arms = clipToBox(horseshoe, [-1, 3, 7, 7]);
    expect(arms?.type).toBe('MultiPolygon');
    const boxes =
      arms?.type === 'MultiPolygon'
        ? arms.coordinates.map((rings) => bbox({ type: 'Polygon', coordinates: rings }))
        : [];
    expect(boxes.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([
      [0, 3, 2, 6],
      [4, 3, 6, 6],
    ]);
  });
});
