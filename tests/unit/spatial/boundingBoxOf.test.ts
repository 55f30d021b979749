import { describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundingBoxOf, boxContainsBox } from '../../../src/spatial/boundingBoxOf.ts';
import { readFixture } from '../../fixtures/readFixture.ts';

const crescentWithIslet = readFixture<Feature<MultiPolygon>>('crescent.geojson').geometry;

describe('boundingBoxOf', () => {
  it("gives a polygon's west, south, east and north", () => {
    const triangle: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [61.5, 25.1],
          [66.2, 26.4],
          [62, 31.9],
          [61.5, 25.1],
        ],
      ],
    };
    expect(boundingBoxOf(triangle)).toEqual([61.5, 25.1, 66.2, 31.9]);
  });

  it('reaches every part of a multipolygon, as turf does', () => {
    expect(boundingBoxOf(crescentWithIslet)).toEqual([0, 0, 21, 10]);
    expect(boundingBoxOf(crescentWithIslet)).toEqual(bbox(crescentWithIslet));
  });
});

describe('boxContainsBox', () => {
  const basemap = [44, 20, 75, 40] as const;

  it('holds a box inside another, edges included', () => {
    expect(boxContainsBox([...basemap], [60, 25, 66, 30])).toBe(true);
    expect(boxContainsBox([...basemap], [...basemap])).toBe(true);
  });

  it('does not hold a box that crosses an edge or lies elsewhere', () => {
    expect(boxContainsBox([...basemap], [70, 25, 76, 30])).toBe(false);
    expect(boxContainsBox([...basemap], [-1.4, 48.4, 14, 53.1])).toBe(false);
    expect(boxContainsBox([...basemap], [60, 19.9, 66, 30])).toBe(false);
  });
});
