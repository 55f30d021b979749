import { describe, expect, it } from 'vitest';
import { formatJson } from '../../../../geo/pipeline/formatJson.ts';

describe('formatJson', () => {
  it('writes the same bytes whatever order the keys were set in', () => {
    expect(formatJson({ b: 1, a: { d: 2, c: 3 } })).toBe(formatJson({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('sorts keys, indents by two spaces and ends with a newline', () => {
    expect(formatJson({ type: 'Feature', id: 'x', names: ['a', 'b'] })).toBe(
      '{\n  "id": "x",\n  "names": [\n    "a",\n    "b"\n  ],\n  "type": "Feature"\n}\n',
    );
  });

  it('keeps each coordinate array on one line', () => {
    const geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    expect(formatJson(geometry)).toBe('{\n  "coordinates": [[[0,0],[1,0],[1,1],[0,0]]],\n  "type": "Polygon"\n}\n');
  });

  it('reads back as the same data, leaving out undefined as JSON does', () => {
    const value = { a: [1, { b: null, c: 'text "quoted"' }], d: {}, e: [], f: undefined };
    expect(JSON.parse(formatJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => formatJson({ distanceKm: Number.NaN })).toThrow(/not JSON/);
  });
});
