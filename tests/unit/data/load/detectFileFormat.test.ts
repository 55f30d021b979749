import { describe, expect, it } from 'vitest';
import { detectFileFormat } from '../../../../src/data/load/detectFileFormat.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

const OPENS = 'Citemap opens a story file, GeoJSON (also uMap’s and GeoJSON lines), CSV, KML and GPX';
const KML = '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>';
const GPX = '<?xml version="1.0"?>\n<gpx version="1.1" creator="OsmAnd" xmlns="http://www.topografix.com/GPX/1/1"/>';

describe('detectFileFormat', () => {
  it.each([
    ['story.json', '{"schemaVersion":1}', 'json'],
    ['points.geojson', '{"type":"FeatureCollection","features":[]}', 'json'],
    ['map.umap', '{"type":"umap","layers":[]}', 'json'],
    ['list.json', '[1, 2]', 'json'],
    ['bom.geojson', '\uFEFF\n  {"type":"Point","coordinates":[1,2]}', 'json'],
    ['places.geojsons', '\u001e{"type":"Feature"}\n\u001e{"type":"Feature"}\n', 'geojsonseq'],
    ['places.geojsonl', '{"type":"Feature"}\n{"type":"Feature"}\n', 'geojsonseq'],
    ['places.ndjson', '{"type":"Feature"}\n', 'geojsonseq'],
    ['places.csv', 'name,latitude,longitude\nA,1,2\n', 'csv'],
    ['places.kml', KML, 'kml'],
    ['track.gpx', GPX, 'gpx'],
  ] as const)('reads %s as %s', (name, text, format) => {
    expect(detectFileFormat(name, text, null, englishChecksI18n)).toEqual({ status: 'detected', format });
  });

  it('believes what a file holds over its name', () => {
    expect(detectFileFormat('places.csv', KML, null, englishChecksI18n)).toEqual({ status: 'detected', format: 'kml' });
    expect(detectFileFormat('track.kml', GPX, null, englishChecksI18n)).toEqual({ status: 'detected', format: 'gpx' });
    expect(
      detectFileFormat('points.csv', '{"type":"FeatureCollection","features":[]}', null, englishChecksI18n),
    ).toEqual({
      status: 'detected',
      format: 'json',
    });
    expect(detectFileFormat('data.txt', '<kml><Placemark/></kml>', null, englishChecksI18n)).toEqual({
      status: 'detected',
      format: 'kml',
    });
  });

  it('lets the name or the Content-Type decide between text formats only', () => {
    // One column, so nothing in the text says CSV: the name or the server's type does.
    const oneColumn = 'place\nPanjgur\n';
    expect(detectFileFormat('places.csv', oneColumn, null, englishChecksI18n)).toEqual({
      status: 'detected',
      format: 'csv',
    });
    expect(detectFileFormat('places.tsv', oneColumn, null, englishChecksI18n)).toEqual({
      status: 'detected',
      format: 'csv',
    });
    expect(detectFileFormat('places.txt', oneColumn, null, englishChecksI18n)).toEqual({
      status: 'detected',
      format: 'csv',
    });
    expect(detectFileFormat('https://host/export', oneColumn, 'text/csv; charset=utf-8', englishChecksI18n)).toEqual({
      status: 'detected',
      format: 'csv',
    });
    expect(detectFileFormat('https://host/export', oneColumn, 'text/tab-separated-values', englishChecksI18n)).toEqual({
      status: 'detected',
      format: 'csv',
    });
    expect(
      detectFileFormat('https://host/export', '{"type":"Feature"}\n', 'application/geo+json-seq', englishChecksI18n),
    ).toEqual({
      status: 'detected',
      format: 'geojsonseq',
    });
    expect(detectFileFormat('https://host/export', oneColumn, 'text/plain', englishChecksI18n)).toEqual({
      status: 'refused',
      message: `the file is in no format Citemap knows: ${OPENS}`,
    });
    // A delimiter on the first line is enough, whatever the name: a CSV saved as "export" or ".dat".
    expect(detectFileFormat('export.dat', 'lat;lon\n1;2\n', null, englishChecksI18n)).toEqual({
      status: 'detected',
      format: 'csv',
    });
    // The server's type does not make a KML of JSON, nor JSON of CSV.
    expect(
      detectFileFormat('x', '{"type":"Feature"}', 'application/vnd.google-earth.kml+xml', englishChecksI18n),
    ).toEqual({
      status: 'detected',
      format: 'json',
    });
    expect(detectFileFormat('x', 'a,b\n1,2\n', 'application/json', englishChecksI18n)).toEqual({
      status: 'detected',
      format: 'csv',
    });
  });

  it('names a link by its path, so that a query string does not change what opens', () => {
    const lines = '{"type":"Feature"}\n{"type":"Feature"}\n';
    expect(
      detectFileFormat('https://github.com/u/r/raw/main/places.geojsonl?raw=true', lines, null, englishChecksI18n),
    ).toEqual({
      status: 'detected',
      format: 'geojsonseq',
    });
    expect(detectFileFormat('https://host/places.csv?download=1#top', 'place\nA\n', null, englishChecksI18n)).toEqual({
      status: 'detected',
      format: 'csv',
    });
    expect(detectFileFormat('https://host/a.zip?x=1', 'binary', null, englishChecksI18n)).toMatchObject({
      status: 'refused',
      message: expect.stringMatching(/^the file is a ZIP archive/) as unknown,
    });
  });

  it.each([
    [
      'places.kmz',
      'PK\u0003\u0004\u0014\u0000',
      'the file is a KMZ, a zipped KML: unzip it (rename it to .zip and open it) and open the doc.kml inside',
    ],
    [
      'download',
      'PK\u0003\u0004\u0014\u0000',
      'the file is a ZIP archive: unzip it and open the GeoJSON, CSV, KML or GPX file inside',
    ],
    ['export.zip', '', 'the file is a ZIP archive: unzip it and open the GeoJSON, CSV, KML or GPX file inside'],
    [
      'roads.shp',
      '\u0000\u0000\u0027\u000a',
      'the file is part of a shapefile, which Citemap does not read: in QGIS, "Export › Save Features As…" GeoJSON ' +
        'with CRS EPSG:4326',
    ],
    [
      'roads.dbf',
      '\u0003',
      'the file is part of a shapefile, which Citemap does not read: in QGIS, "Export › Save Features As…" GeoJSON ' +
        'with CRS EPSG:4326',
    ],
    [
      'layers.gpkg',
      'SQLite format 3\u0000',
      'the file is a GeoPackage, which Citemap does not read: export the layer as GeoJSON (ogr2ogr -f GeoJSON ' +
        'out.geojson in.gpkg)',
    ],
    [
      'renamed.json',
      'SQLite format 3\u0000',
      'the file is a GeoPackage, which Citemap does not read: export the layer as GeoJSON (ogr2ogr -f GeoJSON ' +
        'out.geojson in.gpkg)',
    ],
  ])('refuses the binary file %s, saying what to do instead', (name, text, message) => {
    expect(detectFileFormat(name, text, null, englishChecksI18n)).toEqual({ status: 'refused', message });
  });

  it('refuses a web page, saying that a link may point to a page about the file', () => {
    const page = `the file is a web page (HTML), not data: ${OPENS}; if this is a link, it may point to a page about the file rather than to the file`;
    for (const text of [
      '<!DOCTYPE html><html><head><title>places.geojson</title></head></html>',
      '\n\n<html lang="en"><body>Not found</body></html>',
      '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="x"/>',
    ]) {
      expect(detectFileFormat('places.geojson', text, null, englishChecksI18n)).toEqual({
        status: 'refused',
        message: page,
      });
    }
  });

  it('refuses XML that is neither KML nor GPX, and text in no format it knows', () => {
    expect(
      detectFileFormat(
        'drawing.svg',
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
        null,
        englishChecksI18n,
      ),
    ).toEqual({
      status: 'refused',
      message: `the file is XML but neither KML nor GPX: ${OPENS}`,
    });
    // <kmlx> or <gpxdata> is not <kml> or <gpx>.
    expect(detectFileFormat('a.kml', '<kmlx/>', null, englishChecksI18n)).toMatchObject({ status: 'refused' });
    expect(detectFileFormat('a.gpx', '<gpxdata/>', null, englishChecksI18n)).toMatchObject({ status: 'refused' });
    expect(detectFileFormat('notes.md', '# Places\nPanjgur', null, englishChecksI18n)).toEqual({
      status: 'refused',
      message: `the file is in no format Citemap knows: ${OPENS}`,
    });
  });
});
