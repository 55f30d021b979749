import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { parseWktGeometry } from '../../../../src/data/formats/parseWktGeometry.ts';

describe('parseWktGeometry', () => {
  it.each([
    ['POINT (44.13 36.31)', { type: 'Point', coordinates: [44.13, 36.31] }],
    ['point z (1 2 3)', { type: 'Point', coordinates: [1, 2, 3] }],
    ['POINT M (1 2 9)', { type: 'Point', coordinates: [1, 2] }],
    [
      'MULTIPOINT ((1 2), (3 4))',
      {
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
    [
      'MULTIPOINT (1 2, 3 4)',
      {
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
    [
      'LINESTRING (0 0, 1 1)',
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    ],
    [
      'MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))',
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [2, 2],
            [3, 3],
          ],
        ],
      },
    ],
    [
      'POLYGON ((0 0, 1 0, 1 1, 0 0))',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    ],
    [
      'MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))',
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      },
    ],
    ['SRID=4326;POINT (1 2)', { type: 'Point', coordinates: [1, 2] }],
    [
      'GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))',
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, 2] },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        ],
      },
    ],
  ])('reads %s', (text, geometry) => {
    expect(parseWktGeometry(text, englishChecksI18n)).toEqual({ ok: true, geometry });
  });

  it('reads EMPTY as no geometry', () => {
    expect(parseWktGeometry('POINT EMPTY', englishChecksI18n)).toEqual({ ok: true, geometry: null });
  });

  it.each(['POINT (1)', 'CIRCLE (1 2)', 'POINT (1 2', 'POINT (1 2) extra', 'POINT (a b)'])('refuses %s', (text) => {
    const result = parseWktGeometry(text, englishChecksI18n);
    expect(result.ok === false && result.message).toMatch(/^not readable as WKT: /);
  });
});
