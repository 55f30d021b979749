import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { reprojectWebMercator } from '../../../../src/data/formats/reprojectWebMercator.ts';
import { readRealJson } from './readRealFile.ts';

const HALF_WORLD_M = 20037508.342789244;

function positionsOf(value: unknown): Position[] {
  if (!Array.isArray(value)) return [];
  if (typeof value[0] === 'number') return [value as Position];
  return value.flatMap(positionsOf);
}

function allPositions(collection: FeatureCollection): Position[] {
  return collection.features.flatMap((feature: Feature) =>
    feature.geometry === null ? [] : positionsOf((feature.geometry as { coordinates: unknown }).coordinates),
  );
}

function expectSamePlaces(mercatorFile: string, degreesFile: string): void {
  const mercator = readRealJson<FeatureCollection>(mercatorFile);
  const degrees = readRealJson<FeatureCollection>(degreesFile);
  const reprojected = mercator.features.map((feature) => ({
    ...feature,
    geometry: reprojectWebMercator(feature.geometry),
  }));
  const got = allPositions({ type: 'FeatureCollection', features: reprojected });
  const want = allPositions(degrees);
  expect(got.length).toBe(want.length);
  expect(got.length).toBeGreaterThan(0);
  got.forEach((position, i) => {
    const [longitude, latitude] = want[i] as Position;
    expect(Math.abs((position[0] as number) - (longitude as number))).toBeLessThan(1e-6);
    expect(Math.abs((position[1] as number) - (latitude as number))).toBeLessThan(1e-6);
  });
}

describe('reprojectWebMercator', () => {
  it('puts GDAL’s Web Mercator export of the province polygons within 1e-6° of its CRS84 export', () => {
    expectSamePlaces('gdal/ne-provinces-epsg3857.geojson', 'gdal/ne-provinces-crs84.geojson');
  });

  it('puts GDAL’s Web Mercator export of the incident places within 1e-6° of the WGS 84 export', () => {
    expectSamePlaces('gdal/incident-places-epsg3857.geojson', 'gdal/incident-places.geojson');
  });

  it('maps the edge of Web Mercator’s square to the antimeridian and keeps a height', () => {
    const point = reprojectWebMercator({ type: 'Point', coordinates: [HALF_WORLD_M, 0, 1200] });
    expect(point.coordinates[0]).toBeCloseTo(180, 9);
    expect(point.coordinates[1]).toBeCloseTo(0, 9);
    expect(point.coordinates[2]).toBe(1200);
  });

  it('reprojects every geometry type, a GeometryCollection member by member', () => {
    const p: Position = [HALF_WORLD_M / 2, 0, 7];
    const geometries: Geometry[] = [
      { type: 'MultiPoint', coordinates: [p, p] },
      { type: 'LineString', coordinates: [p, p] },
      { type: 'MultiLineString', coordinates: [[p, p]] },
      { type: 'Polygon', coordinates: [[p, p, p, p]] },
      { type: 'MultiPolygon', coordinates: [[[p, p, p, p]]] },
    ];
    const collection = reprojectWebMercator({ type: 'GeometryCollection', geometries });
    const positions = collection.geometries.flatMap((g) => positionsOf((g as { coordinates: unknown }).coordinates));
    expect(positions).toHaveLength(2 + 2 + 2 + 4 + 4);
    for (const [longitude, latitude, height] of positions) {
      expect(longitude).toBeCloseTo(90, 9);
      expect(latitude).toBeCloseTo(0, 9);
      expect(height).toBe(7);
    }
  });

  it('leaves null and malformed coordinates as they are, for the shape checks to name', () => {
    expect(reprojectWebMercator(null)).toBeNull();
    const broken = { type: 'Point', coordinates: ['x', 1] } as unknown as Geometry;
    expect(reprojectWebMercator(broken)).toEqual(broken);
  });
});
