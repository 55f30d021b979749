import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderBand } from '../../../../geo/geometry/borderBand.ts';
import { clipToBox } from '../../../../geo/geometry/clipToBox.ts';
import { distanceToLineKm } from '../../../../geo/geometry/distanceToLineKm.ts';
import { findContainingFeature } from '../../../../geo/geometry/findContainingFeature.ts';
import { labelPoint } from '../../../../geo/geometry/labelPoint.ts';
import { rewindToRfc7946 } from '../../../../geo/geometry/rewindToRfc7946.ts';
import { roundCoordinates } from '../../../../geo/geometry/roundCoordinates.ts';
import { signedRingArea } from '../../../../geo/geometry/signedRingArea.ts';
import type { BoundingBox } from '../../../../src/model/geojson.ts';
import { boundingBoxOf } from '../../../../src/spatial/boundingBoxOf.ts';

/**
 * As turf tests its functions: each folder of tests/fixtures/geometry/ is named after a function; every in/*.geojson
 * (a FeatureCollection, its options in `properties.options`) must give the out/*.geojson of the same name. After a
 * deliberate change, `REGEN=1 npx vitest run tests/unit/geo/geometry/fixtures.test.ts` rewrites out/, for a person
 * to review as a map (then `npx prettier --write tests/fixtures/geometry`).
 */
const FIXTURES = fileURLToPath(new URL('../../../fixtures/geometry/', import.meta.url));

type Input = FeatureCollection & { properties?: { options?: Record<string, unknown> } };
type Area = Polygon | MultiPolygon;

function collection(features: Feature<Geometry | null>[]): FeatureCollection<Geometry | null> {
  return { type: 'FeatureCollection', features };
}

function withGeometry(
  feature: Feature,
  geometry: Geometry | null,
  properties = feature.properties,
): Feature<Geometry | null> {
  return { type: 'Feature', properties, geometry };
}

function isArea(feature: Feature): feature is Feature<Area> {
  return feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon';
}

function rings(area: Area) {
  return area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
}

const round = (value: number) => Math.round(value * 1000) / 1000;

const RUNNERS: Record<string, (input: Input) => FeatureCollection<Geometry | null>> = {
  rewindToRfc7946: (input) =>
    collection(
      input.features.map((feature) => withGeometry(feature, feature.geometry && rewindToRfc7946(feature.geometry))),
    ),
  roundCoordinates: (input) => {
    const { decimals } = input.properties?.options as { decimals: number };
    return collection(
      input.features.map((feature) =>
        withGeometry(feature, feature.geometry && roundCoordinates(feature.geometry, { decimals })),
      ),
    );
  },
  labelPoint: (input) =>
    collection(
      input.features.filter(isArea).map((f) => withGeometry(f, { type: 'Point', coordinates: labelPoint(f.geometry) })),
    ),
  boundingBoxOf: (input) =>
    collection(
      input.features.filter(isArea).map((feature) => {
        const [west, south, east, north] = boundingBoxOf(feature.geometry);
        const ring = [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ];
        return withGeometry(feature, { type: 'Polygon', coordinates: [ring] });
      }),
    ),
  signedRingArea: (input) =>
    collection(
      input.features.filter(isArea).map((f) =>
        withGeometry(f, null, {
          ...f.properties,
          signedRingAreas: rings(f.geometry).map((r) => round(signedRingArea(r))),
        }),
      ),
    ),
  clipToBox: (input) => {
    const { box } = input.properties?.options as { box: BoundingBox };
    return collection(input.features.filter(isArea).map((f) => withGeometry(f, clipToBox(f.geometry, box))));
  },
  borderBand: (input) => {
    const options = input.properties?.options as { distanceKm: number; stepsPerQuarterCircle: number };
    return collection(
      input.features.map((feature) => withGeometry(feature, borderBand(feature.geometry as LineString, options))),
    );
  },
  distanceToLineKm: (input) => {
    const [line, ...points] = input.features as [Feature<LineString>, ...Feature<Point>[]];
    return collection(
      points.map((point) =>
        withGeometry(point, point.geometry, {
          ...point.properties,
          distanceKm: round(distanceToLineKm(point.geometry.coordinates, line.geometry)),
        }),
      ),
    );
  },
  findContainingFeature: (input) => {
    const areas = input.features.filter(isArea);
    const points = input.features.filter((feature): feature is Feature<Point> => feature.geometry?.type === 'Point');
    return collection(
      points.map((point) =>
        withGeometry(point, point.geometry, {
          ...point.properties,
          containedBy: (findContainingFeature(point.geometry.coordinates, areas)?.properties?.name as string) ?? null,
        }),
      ),
    );
  },
};

describe('geometry fixtures, in → out', () => {
  it('has a runner for every fixture folder', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(RUNNERS).sort());
  });

  for (const [name, run] of Object.entries(RUNNERS)) {
    for (const file of readdirSync(join(FIXTURES, name, 'in'))) {
      it(`${name}: in/${file} gives out/${file}`, () => {
        const input = JSON.parse(readFileSync(join(FIXTURES, name, 'in', file), 'utf8')) as Input;
        const actual = JSON.parse(JSON.stringify(run(input))) as unknown;
        const outPath = join(FIXTURES, name, 'out', file);
        if (process.env.REGEN === '1' || !existsSync(outPath)) {
          writeFileSync(outPath, `${JSON.stringify(actual, null, 2)}\n`);
        }
        expect(actual).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
      });
    }
  }
});
