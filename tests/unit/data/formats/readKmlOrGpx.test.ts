import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { readKmlOrGpx, type XmlDocumentParser } from '../../../../src/data/formats/readKmlOrGpx.ts';
import { readRealFile } from './readRealFile.ts';

// Quiet: xmldom reports each error on the console before throwing on a fatal one.
const parser = new DOMParser({ onError: () => undefined }) as unknown as XmlDocumentParser;

function messageOf(text: string, kind: 'kml' | 'gpx'): string {
  const result = readKmlOrGpx(text, kind, parser, englishChecksI18n);
  return result.status === 'refused' ? result.problems.map((problem) => problem.message).join('\n') : 'opened';
}

describe('readKmlOrGpx', () => {
  it('reads a KML that GDAL wrote, with its statements as placemarks with no geometry', () => {
    const result = readKmlOrGpx(readRealFile('gdal/incident-places.kml'), 'kml', parser, englishChecksI18n);
    expect(result.status === 'read' && result.collection.features.map((f) => f.geometry?.type ?? null)).toEqual([
      'Point',
      'Point',
      'Point',
      'Point',
      'Point',
      null,
      null,
      null,
      'Point',
    ]);
  });

  it('reads a GPX file’s waypoints and tracks', () => {
    const result = readKmlOrGpx(readRealFile('umap/test_upload_data.gpx'), 'gpx', parser, englishChecksI18n);
    expect(result.status === 'read' && result.collection.features.map((f) => f.geometry?.type).sort()).toEqual([
      'LineString',
      'Point',
    ]);
  });

  it('goes by the root element: a GPX file named .kml still opens', () => {
    const result = readKmlOrGpx(readRealFile('togeojson/wpt.gpx'), 'kml', parser, englishChecksI18n);
    expect(result.status === 'read' && result.kind).toBe('gpx');
  });

  it('refuses text that is not XML, saying what it looks like', () => {
    expect(messageOf(readRealFile('geojsonhint/good/good-feature.geojson'), 'kml')).toMatch(
      /holds JSON \(GeoJSON or a story\?\), not KML/,
    );
    expect(messageOf('name,latitude\n', 'gpx')).toMatch(/not XML, so not GPX/);
    expect(messageOf('', 'kml')).toBe('the file is empty');
  });

  it('refuses XML that is not well formed, and XML of another kind', () => {
    expect(messageOf('<kml><Placemark></kml>', 'kml')).toMatch(/not well-formed XML/);
    expect(messageOf('<html><body>Not found</body></html>', 'kml')).toMatch(/root element is <html>.*error page/);
  });

  it('says that a KML holding only a NetworkLink links to another file, and where', () => {
    expect(messageOf(readRealFile('togeojson/1936.kml'), 'kml')).toMatch(
      /only a link \(NetworkLink\) to another KML at https:\/\/mapwarper\.net\/layers\/1936\.kml/,
    );
  });

  it('says that a GPX track of a single point has no line to draw', () => {
    expect(messageOf(readRealFile('togeojson/unique_trkpt.gpx'), 'gpx')).toMatch(/track has a single point/);
  });
});
