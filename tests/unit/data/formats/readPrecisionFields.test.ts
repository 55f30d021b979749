import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { readPrecisionFields } from '../../../../src/data/formats/readPrecisionFields.ts';
import { readRealJson } from './readRealFile.ts';

describe('readPrecisionFields', () => {
  it.each([
    [1, 1, 'site', null, /exact location/],
    [2, 2, 'nearby-place', 25, /within about 25 km/],
    [3, 2, 'nearby-place', null, /district/],
    [4, 3, 'nearby-place', null, /province or state/],
    [5, 3, 'nearby-place', null, /road, river or border/],
    [6, 3, 'nearby-place', null, /country/],
    [7, 3, 'nearby-place', null, /international waters or airspace/],
  ])('reads UCDP where_prec %i as Citemap precision %i', (wherePrec, geoPrecision, pointRole, radiusKm, wording) => {
    const fields = readPrecisionFields({ where_prec: wherePrec }, englishChecksI18n);
    expect(fields).toMatchObject({ geoPrecision, pointRole, radiusKm, problems: [] });
    expect(fields.pointWording).toMatch(new RegExp(`^the file says \\(UCDP where_prec ${wherePrec}\\): `));
    expect(fields.pointWording).toMatch(wording);
  });

  it('reads where_prec as the text of a CSV cell', () => {
    expect(readPrecisionFields({ where_prec: ' 4 ' }, englishChecksI18n).geoPrecision).toBe(3);
  });

  it('reads the precision of every row of the UCDP GED sample', () => {
    const ged = readRealJson<{ features: { properties: Record<string, unknown> }[] }>(
      'ucdp/GEDEvent_v23_1-CAF.trimmed.geojson',
    );
    const read = ged.features.map((feature) => readPrecisionFields(feature.properties, englishChecksI18n));
    expect(read.every((fields) => fields.geoPrecision !== null && fields.timePrecision !== 'unknown')).toBe(true);
    expect(read.every((fields) => fields.problems.length === 0)).toBe(true);
    // The first row says where_prec 5 (the remote southeast): not a site.
    expect(read[0]).toMatchObject({ geoPrecision: 3, pointRole: 'nearby-place' });
  });

  it.each([
    [1, 'day'],
    [2, 'approximate'],
    [3, 'approximate'],
    [4, 'approximate'],
    [5, 'approximate'],
  ])('reads UCDP date_prec %i as %s', (datePrec, timePrecision) => {
    expect(readPrecisionFields({ date_prec: datePrec }, englishChecksI18n).timePrecision).toBe(timePrecision);
  });

  it.each([
    [1, 2, /town or village where it happened/],
    [2, 2, /approximate locality centre/],
    [3, 3, /larger region/],
  ])('reads ACLED geo_precision %i as Citemap precision %i, never as a site', (code, geoPrecision, wording) => {
    const fields = readPrecisionFields({ geo_precision: String(code), time_precision: '1' }, englishChecksI18n);
    expect(fields).toMatchObject({ geoPrecision, pointRole: 'nearby-place', timePrecision: 'day' });
    expect(fields.pointWording).toMatch(wording);
    expect(fields.timeWording).toBe('the file says (ACLED time_precision 1): the day is known');
  });

  it('says nothing it does not know: no fields, unknown precision', () => {
    expect(readPrecisionFields({ name: 'Panjgur' }, englishChecksI18n)).toEqual({
      geoPrecision: null,
      pointRole: null,
      pointWording: null,
      radiusKm: null,
      timePrecision: 'unknown',
      timeWording: null,
      problems: [],
    });
    expect(readPrecisionFields(null, englishChecksI18n).geoPrecision).toBeNull();
  });

  it('names a code the dataset does not have, and leaves the precision unknown', () => {
    const fields = readPrecisionFields({ where_prec: 9, time_precision: 'week' }, englishChecksI18n);
    expect(fields.geoPrecision).toBeNull();
    expect(fields.timePrecision).toBe('unknown');
    expect(fields.problems).toEqual([
      {
        path: 'where_prec',
        message: "9 is not one of UCDP's where_prec codes (1, 2, 3, 4, 5, 6, 7): the precision is unknown",
      },
      {
        path: 'time_precision',
        message: '"week" is not one of ACLED\'s time_precision codes (1, 2, 3): the precision is unknown',
      },
    ]);
  });
});
