import { describe, expect, it } from 'vitest';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import { detectCrs } from '../../../../src/data/formats/detectCrs.ts';
import { readFeatureFile } from '../../../../src/data/formats/readFeatureFile.ts';
import { readRealFile, readRealJson } from './readRealFile.ts';

function named(name: string): unknown {
  return { type: 'FeatureCollection', crs: { type: 'name', properties: { name } }, features: [] };
}

describe('detectCrs', () => {
  it.each([
    'urn:ogc:def:crs:OGC:1.3:CRS84',
    'urn:ogc:def:crs:OGC::CRS84',
    'OGC:CRS84',
    'urn:ogc:def:crs:EPSG::4326',
    'EPSG:4326',
    'http://www.opengis.net/def/crs/EPSG/0/4326',
  ])('reads %s as WGS 84', (name) => {
    expect(detectCrs(named(name), englishChecksI18n)).toEqual({ kind: 'wgs84', declared: name });
  });

  it.each(['urn:ogc:def:crs:EPSG::3857', 'EPSG:3857', 'EPSG:900913', 'urn:ogc:def:crs:EPSG::102100'])(
    'reads %s as Web Mercator',
    (name) => {
      expect(detectCrs(named(name), englishChecksI18n).kind).toBe('web-mercator');
    },
  );

  it('reads the 2008 draft’s {"type": "EPSG"} form', () => {
    const json = { type: 'FeatureCollection', crs: { type: 'EPSG', properties: { code: 3857 } }, features: [] };
    expect(detectCrs(json, englishChecksI18n).kind).toBe('web-mercator');
  });

  it('takes a file with no crs member, or crs null (uMap), as WGS 84', () => {
    expect(detectCrs(readRealJson('gdal/ne-provinces-rfc7946.geojson'), englishChecksI18n)).toEqual({
      kind: 'wgs84',
      declared: null,
    });
    expect(detectCrs(readRealJson('umap/test_upload_empty_coordinates.json'), englishChecksI18n).kind).toBe('wgs84');
  });

  it('reads GDAL’s Web Mercator export by its crs member', () => {
    const verdict = detectCrs(readRealJson('gdal/ne-provinces-epsg3857.geojson'), englishChecksI18n);
    expect(verdict).toMatchObject({ kind: 'web-mercator', declared: 'urn:ogc:def:crs:EPSG::3857' });
  });

  it('says a file without a crs member looks like Web Mercator when its numbers are metres', () => {
    const json = readRealJson<Record<string, unknown>>('gdal/incident-places-epsg3857.geojson');
    delete json.crs;
    const verdict = detectCrs(json, englishChecksI18n);
    expect(verdict.kind).toBe('web-mercator');
    expect(verdict.kind === 'web-mercator' && verdict.message).toMatch(/looks like Web Mercator/);
  });

  it('does not take a file in degrees with one typing error for Web Mercator', () => {
    const json = readRealJson<{ features: { geometry: { coordinates: number[] } | null }[] }>(
      'gdal/incident-places.geojson',
    );
    const first = json.features[0]?.geometry;
    if (first === null || first === undefined) throw new Error('the first place has a point');
    first.coordinates = [4413, 3631];
    expect(detectCrs(json, englishChecksI18n).kind).toBe('wgs84');
  });

  it('does not call numbers beyond Web Mercator’s square Web Mercator', () => {
    const json = { type: 'Point', coordinates: [30_000_000, 5_000_000] };
    expect(detectCrs(json, englishChecksI18n).kind).toBe('wgs84');
  });

  it('refuses UTM, naming the zone and how to export in WGS 84', () => {
    const verdict = detectCrs(readRealJson('gdal/ne-provinces-utm41n.geojson'), englishChecksI18n);
    expect(verdict.kind).toBe('other');
    if (verdict.kind !== 'other') return;
    expect(verdict.problem.path).toBe('crs');
    expect(verdict.problem.message).toMatch(/EPSG:32641 \(WGS 84 \/ UTM zone 41N\)/);
    expect(verdict.problem.message).toMatch(/Save Features As… with CRS EPSG:4326/);
    expect(verdict.problem.message).toMatch(/ogr2ogr -t_srs EPSG:4326/);
  });

  it('refuses a UTM file first, with that one problem, not one per coordinate out of range', async () => {
    const result = await readFeatureFile(
      readRealFile('gdal/ne-provinces-utm41n.geojson'),
      'geojson',
      englishChecksI18n,
    );
    expect(result.status === 'refused' && result.problems.map((problem) => problem.path)).toEqual(['crs']);
  });

  it('refuses a crs member it cannot read, saying how to export in WGS 84', () => {
    const verdict = detectCrs({ type: 'FeatureCollection', crs: { type: 'name' }, features: [] }, englishChecksI18n);
    expect(verdict.kind === 'other' && verdict.problem.message).toMatch(/EPSG:4326/);
  });
});
