import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { sharedBorderLine } from '../../../../geo/geometry/sharedBorderLine.ts';
import { readFixture } from '../../../fixtures/readFixture.ts';

const topology = readFixture<Topology>('adjacent-countries.topo.json');

function sortedPositions(line: ReturnType<typeof sharedBorderLine>): number[][] {
  if (line === null) return [];
  const positions = line.type === 'LineString' ? line.coordinates : line.coordinates.flat();
  return [...positions].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
}

describe('sharedBorderLine', () => {
  it('returns only the edge two countries share, as one LineString', () => {
    const line = sharedBorderLine(topology, '001', '002');
    expect(line?.type).toBe('LineString');
    expect(sortedPositions(line)).toEqual([
      [2, 0],
      [2, 2],
    ]);
  });

  it('does not depend on the order of the two ids', () => {
    expect(sortedPositions(sharedBorderLine(topology, '002', '001'))).toEqual(
      sortedPositions(sharedBorderLine(topology, '001', '002')),
    );
  });

  it('is null for countries that do not touch', () => {
    expect(sharedBorderLine(topology, '001', '004')).toBeNull();
  });

  it('compares ids as stored: "1" is not the zero-padded "001"', () => {
    expect(sharedBorderLine(topology, '1', '2')).toBeNull();
  });

  it('says so when the topology has no such object', () => {
    expect(() => sharedBorderLine(topology, '001', '002', { objectName: 'land' })).toThrow(/no object "land"/);
  });
});
