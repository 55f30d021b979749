import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { labelPoint } from '../../../../geo/geometry/labelPoint.ts';
import { readFixture } from '../../../fixtures/readFixture.ts';

const crescentWithIslet = readFixture<Feature<MultiPolygon>>('crescent.geojson').geometry;
const crescent: Polygon = { type: 'Polygon', coordinates: crescentWithIslet.coordinates[1] ?? [] };

describe('labelPoint', () => {
  it('stays inside a shape whose centroid falls outside it', () => {
    expect(booleanPointInPolygon(centroid(crescent), crescent)).toBe(false);
    expect(booleanPointInPolygon(labelPoint(crescent), crescent)).toBe(true);
  });

  it('uses the centroid when it lies inside', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(labelPoint(square)).toEqual([1, 1]);
  });

  it('labels the largest part of a multipolygon, not its islet', () => {
    expect(booleanPointInPolygon(labelPoint(crescentWithIslet), crescent)).toBe(true);
  });
});
