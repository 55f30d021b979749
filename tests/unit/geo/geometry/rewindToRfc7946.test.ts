import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { rewindToRfc7946 } from '../../../../geo/geometry/rewindToRfc7946.ts';
import { signedRingArea } from '../../../../geo/geometry/signedRingArea.ts';
import { readFixture } from '../../../fixtures/readFixture.ts';

const shapes = readFixture<FeatureCollection>('wrongly-wound-shapes.geojson');

function geometryOf(id: string): Geometry {
  const found = shapes.features.find((feature) => feature.id === id);
  if (found?.geometry == null) throw new Error(`no fixture ${id}`);
  return found.geometry;
}

function windings(rings: Position[][]): string[] {
  return rings.map((ring) => (signedRingArea(ring) > 0 ? 'counter-clockwise' : 'clockwise'));
}

describe('signedRingArea', () => {
  it('is positive counter-clockwise and negative clockwise', () => {
    const counterClockwise = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(signedRingArea(counterClockwise)).toBe(1);
    expect(signedRingArea([...counterClockwise].reverse())).toBe(-1);
  });
});

describe('rewindToRfc7946', () => {
  it('winds outer rings counter-clockwise and holes clockwise', () => {
    const polygon = rewindToRfc7946(geometryOf('clockwise-polygon-with-counter-clockwise-hole'));
    if (polygon.type !== 'Polygon') throw new Error('expected a Polygon');
    expect(windings(polygon.coordinates)).toEqual(['counter-clockwise', 'clockwise']);
  });

  it('fixes each part of a multipolygon and leaves a correct part as it was', () => {
    const original = geometryOf('multipolygon-one-part-wrong');
    const rewound = rewindToRfc7946(original);
    if (rewound.type !== 'MultiPolygon' || original.type !== 'MultiPolygon') throw new Error('expected MultiPolygons');
    expect(rewound.coordinates.map((rings) => windings(rings)[0])).toEqual(['counter-clockwise', 'counter-clockwise']);
    expect(rewound.coordinates[0]).toEqual(original.coordinates[0]);
  });

  it("keeps a line's direction, unlike turf's rewind", () => {
    const line = geometryOf('line-running-clockwise');
    expect(rewindToRfc7946(line)).toEqual(line);
  });

  it('does not change its input', () => {
    const original = geometryOf('clockwise-polygon-with-counter-clockwise-hole');
    const copy = structuredClone(original);
    rewindToRfc7946(original);
    expect(original).toEqual(copy);
  });
});
