import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsAroundPoints } from '../../../../src/data/load/boundsAroundPoints.ts';
import { BoundingBoxSchema, type Position } from '../../../../src/model/geojson.ts';

describe('boundsAroundPoints', () => {
  it('frames points with a tenth of their extent on each side', () => {
    const bounds = boundsAroundPoints([
      [60, 25],
      [70, 35],
    ]);
    expect(bounds).toEqual([59, 24, 71, 36]);
  });

  it('gives one point, or identical points, a quarter degree on each side', () => {
    expect(boundsAroundPoints([[63.25, 27.1]])).toEqual([63, 26.85, 63.5, 27.35]);
    expect(
      boundsAroundPoints([
        [63.25, 27.1],
        [63.25, 27.1],
      ]),
    ).toEqual([63, 26.85, 63.5, 27.35]);
  });

  it('stays inside the world at its edges and poles', () => {
    expect(boundsAroundPoints([[180, 90]])).toEqual([179.75, 89.75, 180, 90]);
    expect(boundsAroundPoints([[-180, -90]])).toEqual([-180, -90, -179.75, -89.75]);
  });

  it('spans the whole world for points either side of the antimeridian, as a box cannot cross it', () => {
    expect(
      boundsAroundPoints([
        [179.9, -16.5],
        [-179.9, -16.6],
      ]),
    ).toEqual([-180, -16.85, 180, -16.25]);
  });

  it('has no box for no points', () => {
    expect(boundsAroundPoints([])).toBeNull();
  });

  it('copes with more points than a spread argument list allows', () => {
    const many: Position[] = Array.from({ length: 300_000 }, (_, index) => [(index % 360) - 180, (index % 180) - 90]);
    expect(boundsAroundPoints(many)).toEqual([-180, -90, 180, 90]);
  });

  it('always gives a box the schema accepts, holding every point', () => {
    const position = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(position, { minLength: 1, maxLength: 30 }), (positions) => {
        const bounds = boundsAroundPoints(positions);
        expect(BoundingBoxSchema.safeParse(bounds).success).toBe(true);
        const [west, south, east, north] = bounds ?? [0, 0, 0, 0];
        for (const [longitude, latitude] of positions) {
          expect(longitude >= west && longitude <= east && latitude >= south && latitude <= north).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
