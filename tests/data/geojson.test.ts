import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { GeoJSON, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { IncidentCollectionSchema } from '../../src/model/incident.ts';
import { BasemapSchema, RegionCollectionSchema } from '../../src/model/region.ts';
import { StorySchema } from '../../src/model/story.ts';
import { signedRingArea } from '../../geo/geometry/signedRingArea.ts';
import { generatedStoryIds, readGenerated } from './readGenerated.ts';

/** Every polygon's rings, as [outer, ...holes]. */
function polygonsOf(geojson: GeoJSON): Position[][][] {
  switch (geojson.type) {
    case 'FeatureCollection':
      return geojson.features.flatMap(polygonsOf);
    case 'Feature':
      return geojson.geometry === null ? [] : polygonsOf(geojson.geometry);
    case 'GeometryCollection':
      return geojson.geometries.flatMap(polygonsOf);
    case 'Polygon':
      return [geojson.coordinates];
    case 'MultiPolygon':
      return geojson.coordinates;
    default:
      return [];
  }
}

function positionsOf(value: unknown): Position[] {
  if (!Array.isArray(value)) return [];
  if (value.every((item) => typeof item === 'number')) return [value];
  return value.flatMap(positionsOf);
}

function coordinatesOf(geojson: GeoJSON): Position[] {
  switch (geojson.type) {
    case 'FeatureCollection':
      return geojson.features.flatMap(coordinatesOf);
    case 'Feature':
      return geojson.geometry === null ? [] : coordinatesOf(geojson.geometry);
    case 'GeometryCollection':
      return geojson.geometries.flatMap(coordinatesOf);
    default:
      return positionsOf(geojson.coordinates);
  }
}

/** Every object that carries a `crs` member, anywhere in the document. */
function crsMembers(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  const own = !Array.isArray(value) && 'crs' in value ? [value] : [];
  return [...own, ...Object.values(value).flatMap(crsMembers)];
}

describe.each(generatedStoryIds())('the GeoJSON generated for %s', (storyId) => {
  const story = StorySchema.parse(readGenerated(storyId, 'story.json'));
  const files = {
    'incidents.geojson': IncidentCollectionSchema.parse(readGenerated(storyId, 'incidents.geojson')),
    'regions.geojson': RegionCollectionSchema.parse(readGenerated(storyId, 'regions.geojson')),
    'basemap.geojson': BasemapSchema.parse(readGenerated(storyId, 'basemap.geojson')),
  };
  const [west, south, east, north] = story.defaultBounds;
  const marginDeg = 15;

  it('holds the same incidents and regions as story.json', () => {
    expect(files['incidents.geojson']).toEqual(story.incidents);
    expect(files['regions.geojson']).toEqual(story.regions);
  });

  it.each(Object.entries(files))(
    '%s puts longitude first, in range, near the story and off null island',
    (_, geojson) => {
      const positions = coordinatesOf(geojson as GeoJSON);
      expect(positions.length).toBeGreaterThan(0);
      // A swapped pair would land far from the story's area: its latitudes are not its longitudes.
      const misplaced = positions.filter(
        ([lng = Number.NaN, lat = Number.NaN, ...rest]) =>
          rest.length > 0 ||
          !(
            lng >= west - marginDeg &&
            lng <= east + marginDeg &&
            lat >= south - marginDeg &&
            lat <= north + marginDeg
          ) ||
          Math.abs(lng) > 180 ||
          Math.abs(lat) > 90 ||
          (lng === 0 && lat === 0),
      );
      expect(misplaced.slice(0, 5)).toEqual([]);
    },
  );

  it.each(Object.entries(files))('%s winds outer rings counter-clockwise and holes clockwise', (_, geojson) => {
    for (const [outer = [], ...holes] of polygonsOf(geojson as GeoJSON)) {
      expect(signedRingArea(outer)).toBeGreaterThan(0);
      for (const hole of holes) expect(signedRingArea(hole)).toBeLessThan(0);
    }
  });

  it.each(Object.entries(files))('%s has no crs member (RFC 7946 §4)', (_, geojson) => {
    expect(crsMembers(geojson)).toEqual([]);
  });

  it('has a basemap that covers the countries around the story, each labelled inside the map', () => {
    const names = files['basemap.geojson'].features.map((country) => country.properties.name);
    for (const name of ['Syria', 'Iraq', 'Iran', 'Afghanistan', 'Pakistan', 'India', 'Saudi Arabia', 'Oman']) {
      expect(names).toContain(name);
    }
    for (const country of files['basemap.geojson'].features) {
      const [lng = Number.NaN, lat = Number.NaN] = country.properties.labelPoint;
      expect(Math.abs(lng) <= 180 && Math.abs(lat) <= 90).toBe(true);
    }
  });

  it("gives each basemap country its shape's bbox, with its label point in it", () => {
    for (const { id, bbox: extent, geometry, properties } of files['basemap.geojson'].features) {
      expect(extent, id).toEqual(bbox(geometry));
      const [west, south, east, north] = extent;
      const [lng = Number.NaN, lat = Number.NaN] = properties.labelPoint;
      expect(west <= lng && lng <= east && south <= lat && lat <= north, `${properties.name}'s label`).toBe(true);
    }
  });

  it('writes each province name at a stored point inside the province, and no other region has one', () => {
    const regions = files['regions.geojson'].features;
    expect(regions.filter((region) => region.properties.kind === 'province')).not.toHaveLength(0);
    for (const { id, geometry, properties } of regions) {
      if (properties.kind !== 'province') {
        expect(properties.labelPoint, id).toBeUndefined();
      } else if (
        properties.labelPoint === undefined ||
        geometry.type === 'LineString' ||
        geometry.type === 'MultiLineString'
      ) {
        expect.unreachable(`${id} is an area with a label point`);
      } else {
        const inside = booleanPointInPolygon(properties.labelPoint, geometry, { ignoreBoundary: true });
        expect(inside, `${id}'s label`).toBe(true);
      }
    }
  });
});
