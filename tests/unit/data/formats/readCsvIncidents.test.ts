import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { readCsvIncidents, type CsvIncidents } from '../../../../src/data/formats/readCsvIncidents.ts';
import { readRealFile } from './readRealFile.ts';

function read(text: string): Extract<CsvIncidents, { status: 'read' }> {
  const result = readCsvIncidents(text, englishChecksI18n);
  if (result.status === 'refused') throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('readCsvIncidents', () => {
  it('reads UCDP GED columns: sides, dates, precision and the best, low and high counts with their source', () => {
    const ged = read(readRealFile('ucdp/GEDEvent_v23_1-CAF.ged-columns.csv'));
    expect(ged.layout).toBe('ucdp-ged');
    expect(ged.coordinates).toEqual({ kind: 'latitude-longitude', latitude: 'latitude', longitude: 'longitude' });
    expect(ged.rows).toHaveLength(24);
    const first = ged.rows[0];
    expect(first?.rowNumber).toBe(2);
    expect(first?.feature.geometry).toEqual({ type: 'Point', coordinates: [26.486881, 5.399784] });
    expect(first?.fields).toMatchObject({
      id: '36210',
      date: '2009-02-20',
      dateEnd: '2009-02-20',
      what: 'state-based conflict',
      initiator: 'Government of Uganda',
      target: 'LRA',
      fatalities: { claimedBy: 'UCDP GED', best: 3, low: 3, high: 3, source: 'Reuters  25/2-09' },
      precision: { geoPrecision: 3, pointRole: 'nearby-place', timePrecision: 'day' },
    });
    // Every cell is kept, under its column's name.
    expect(first?.feature.properties).toMatchObject({ where_coordinates: 'Southeast Central African Republic' });
    expect(ged.problems).toEqual([]);
  });

  it('reads ACLED columns: actors, location, precision, and fatalities as ACLED’s figure with its sources', () => {
    const acled = read(readRealFile('constructed/acled-layout-from-citemap-incidents.csv'));
    expect(acled.layout).toBe('acled');
    expect(acled.rows).toHaveLength(5);
    const erbil = acled.rows[0]?.fields;
    expect(erbil).toMatchObject({
      id: 'strike-erbil-2024-01-15',
      date: '2024-01-15',
      initiator: "Islamic Revolutionary Guard Corps (IRGC), Iran's Revolutionary Guards",
      location: 'Erbil, Kurdistan Region, Iraq',
      precision: { geoPrecision: 2, timePrecision: 'day' },
      // The constructed file leaves ACLED's fatalities empty rather than guess: no figure, not zero.
      fatalities: null,
    });
    const withFatalities = read(
      'event_id_cnty,event_date,actor1,actor2,geo_precision,latitude,longitude,fatalities,source\n' +
        'X1,2024-01-16,Army,Civilians,2,26.97,64.1,2,Dawn; Reuters\n',
    );
    expect(withFatalities.rows[0]?.fields?.fatalities).toEqual({
      claimedBy: 'ACLED',
      best: 2,
      low: null,
      high: null,
      source: 'Dawn; Reuters',
    });
  });

  it('finds coordinate columns by their usual names: uMap’s Latitude and geo_Longitude, GDAL’s X and Y', () => {
    expect(read(readRealFile('umap/test_upload_data.csv')).coordinates).toEqual({
      kind: 'latitude-longitude',
      latitude: 'Latitude',
      longitude: 'geo_Longitude',
    });
    expect(read(readRealFile('gdal/incident-places-xy.csv')).coordinates).toEqual({
      kind: 'latitude-longitude',
      latitude: 'Y',
      longitude: 'X',
    });
  });

  it('reads WKT geometry, points and polygons alike', () => {
    const places = read(readRealFile('gdal/incident-places-wkt.csv'));
    expect(places.coordinates).toEqual({ kind: 'wkt', column: 'WKT' });
    expect(places.rows[0]?.feature.geometry).toEqual({ type: 'Point', coordinates: [44.13, 36.31] });
    const provinces = read(readRealFile('gdal/ne-provinces-wkt.csv'));
    expect(provinces.rows.map((row) => row.feature.geometry?.type)).toEqual(['Polygon', 'Polygon']);
  });

  it('keeps a row without coordinates, listed as not on the map', () => {
    const places = read(readRealFile('gdal/incident-places.csv'));
    expect(places.notOnMap.map((row) => row.rowNumber)).toEqual([7, 8, 9]);
    expect(places.rows[5]?.feature).toMatchObject({ geometry: null, properties: { kind: 'statement' } });
    expect(places.problems).toEqual([]);
  });

  it('names the row and column of a coordinate it cannot read, and keeps the row', () => {
    const result = read('name,latitude,longitude\nA,27.1,63.25\nB,north,63.25\nC,127.1,63.25\nD,"27,1","63,25"\n');
    expect(result.problems).toEqual([
      { path: 'row 3, column latitude', message: '"north" is not a number of degrees' },
      { path: 'row 4, column latitude', message: '127.1 is not a latitude (between -90 and 90)' },
    ]);
    expect(result.notOnMap.map((row) => row.rowNumber)).toEqual([3, 4]);
    // A decimal comma, as a spreadsheet in much of Europe writes it.
    expect(result.rows[3]?.feature.geometry).toEqual({ type: 'Point', coordinates: [63.25, 27.1] });
  });

  it('refuses a table with no coordinate columns, naming the columns it has', () => {
    const result = readCsvIncidents('town,date\nPanjgur,2024-01-16\n', englishChecksI18n);
    expect(result.status === 'refused' && result.problems[0]?.message).toMatch(
      /no latitude and longitude columns, nor a WKT column, among the columns "town", "date"/,
    );
  });

  it('refuses an empty file', () => {
    expect(readCsvIncidents('', englishChecksI18n).status).toBe('refused');
  });
});
