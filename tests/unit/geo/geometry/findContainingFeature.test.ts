import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { findContainingFeature } from '../../../../geo/geometry/findContainingFeature.ts';
import { readFixture } from '../../../fixtures/readFixture.ts';

const provinces = readFixture<FeatureCollection<Polygon | MultiPolygon>>('provinces-with-hole.geojson').features;

describe('findContainingFeature', () => {
  it('finds the polygon a point lies in', () => {
    expect(findContainingFeature([1, 0.2], provinces)?.id).toBe('west');
    expect(findContainingFeature([3, 1], provinces)?.id).toBe('east');
  });

  it('finds a point on any part of a multipolygon', () => {
    expect(findContainingFeature([5.5, 5.5], provinces)?.id).toBe('east');
  });

  it('treats a point in a hole as outside', () => {
    expect(findContainingFeature([1, 1], provinces)).toBeNull();
  });

  it('is null outside every feature', () => {
    expect(findContainingFeature([-1, -1], provinces)).toBeNull();
  });

  it('counts a point on a shared edge as in the first feature listed', () => {
    expect(findContainingFeature([2, 1], provinces)?.id).toBe('west');
  });
});
