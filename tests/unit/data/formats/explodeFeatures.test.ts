import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { explodeFeatures, type ExplodedFeatures } from '../../../../src/data/formats/explodeFeatures.ts';
import { readRealJson } from './readRealFile.ts';

function read(json: unknown): Extract<ExplodedFeatures, { status: 'read' }> {
  const result = explodeFeatures(json, englishChecksI18n);
  if (result.status === 'refused') throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('explodeFeatures', () => {
  it('opens each part of a MultiPoint as a point of its own, numbered after the feature’s id', () => {
    const { points, counts } = read(readRealJson('gdal/incident-places-multipoint.geojson'));
    expect(counts).toEqual({ points: 6, lines: 0, polygons: 0, noGeometry: 3 });
    // GDAL writes the CSV's id column as a property, not as the feature's id: parts are numbered after it.
    expect(points[0]?.feature.id).toBe('strike-erbil-2024-01-15-1');
    expect(points[0]?.part).toEqual({ number: 1, of: 1, splitFrom: 'MultiPoint' });
    expect(points[0]?.feature.properties).toMatchObject({ title: 'Iranian missile strike on Erbil, Iraq' });
  });

  it('splits one MultiPoint of six places into six points, each with the feature’s properties', () => {
    const { points } = read(readRealJson('gdal/incident-places-one-multipoint.geojson'));
    expect(points.map((point) => point.part?.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(points.every((point) => point.part?.of === 6 && point.path === 'features[0]')).toBe(true);
    expect(points.every((point) => point.feature.properties?.name === 'incident places')).toBe(true);
    expect(points[2]?.feature.geometry.coordinates).toEqual([64.1, 26.97]);
  });

  it('numbers parts after the feature id, and copies properties rather than sharing them', () => {
    const properties = { name: 'two wells' };
    const { points } = read({
      type: 'Feature',
      id: 'wells',
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
      properties,
    });
    expect(points.map((point) => point.feature.id)).toEqual(['wells-1', 'wells-2']);
    expect(points[0]?.feature.properties).not.toBe(properties);
    expect(points[0]?.feature.properties).not.toBe(points[1]?.feature.properties);
  });

  it('splits a bare GeometryCollection into its members, and takes off heights but keeps them', () => {
    const { points, shapes, counts } = read(readRealJson('geojson-fixtures/geometrycollection-xyz.geojson'));
    expect(counts).toEqual({ points: 1, lines: 1, polygons: 0, noGeometry: 0 });
    expect(points[0]?.feature.geometry.coordinates).toEqual([100, 0]);
    expect(points[0]?.z).toBe(3);
    expect(points[0]?.part).toEqual({ number: 1, of: 2, splitFrom: 'GeometryCollection' });
    expect(shapes[0]?.feature.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [101, 0],
        [102, 1],
      ],
    });
  });

  it('keeps a Multi* line or polygon as one context shape', () => {
    const { shapes, counts } = read(readRealJson('gdal/ne-provinces-multipolygon.geojson'));
    expect(counts.polygons).toBe(2);
    expect(shapes.map((shape) => [shape.kind, shape.feature.geometry.type])).toEqual([
      ['polygon', 'MultiPolygon'],
      ['polygon', 'MultiPolygon'],
    ]);
  });

  it('opens a single Feature as a collection of one', () => {
    expect(read(readRealJson('geojsonhint/good/good-feature.geojson')).counts.points).toBe(1);
  });

  it('lists features with no location, with why, instead of dropping them', () => {
    const { notOnMap, counts } = read(readRealJson('umap/test_upload_empty_coordinates.json'));
    expect(counts.noGeometry).toBe(3);
    expect(notOnMap.map((item) => [item.path, item.reason, item.feature.properties?.name as unknown])).toEqual([
      ['features[0]', 'its Point has no coordinates', 'London'],
      ['features[1]', 'its LineString has no coordinates', '2011'],
      ['features[2]', 'its Polygon has no coordinates', 'test'],
    ]);
  });

  it('reads a uMap export through its layers, not its own centre point', () => {
    const { counts, points } = read(readRealJson('umap/display_on_load.umap'));
    expect(counts).toEqual({ points: 2, lines: 0, polygons: 0, noGeometry: 0 });
    expect(points[0]?.path).toMatch(/^layers\[\d+\]\.features\[\d+\]/);
  });

  it('refuses an open polygon ring, naming the feature and the ring', () => {
    const result = explodeFeatures(readRealJson('umap/test_upload_non_linear_ring.json'), englishChecksI18n);
    expect(result).toEqual({
      status: 'refused',
      problems: [
        {
          // The feature has no id: its name is how the file's author finds it.
          path: 'features[0] (name "non linear ring").geometry.coordinates[0]',
          message: 'a polygon ring ends where it starts (RFC 7946 §3.1.6); this one is not closed',
        },
      ],
    });
  });

  it('names a feature by its id and its coordinate by axis', () => {
    const result = explodeFeatures(
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [10, 95] }, properties: null }],
      },
      englishChecksI18n,
    );
    expect(result.status === 'refused' && result.problems[0]).toEqual({
      path: 'features[0] (id "a").geometry.coordinates',
      message: 'the latitude 95 is not between -90 and 90 (GeoJSON puts longitude first: are the two swapped?)',
    });
  });

  it('says a coordinate of 1e309 is too large, not that it is missing', () => {
    const result = explodeFeatures(readRealJson('constructed/feature-coordinate-1e309.geojson'), englishChecksI18n);
    expect(result.status === 'refused' && result.problems[0]?.message).toMatch(/latitude is a number too large/);
  });
});
