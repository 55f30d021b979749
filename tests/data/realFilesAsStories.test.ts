import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeatureFileFormat } from '../../src/data/formats/readFeatureFile.ts';
import type { XmlDocumentParser } from '../../src/data/formats/readKmlOrGpx.ts';
import { readStoryText } from '../../src/data/load/readStoryText.ts';
import { readRealFilesManifest, type RealFileCounts } from '../fixtures/realFilesManifest.ts';
import { readRealFile } from '../unit/data/formats/readRealFile.ts';
import { expectSameVerdict, serving } from '../unit/data/load/sameVerdict.ts';
import { englishChecksI18n } from '../../src/i18n/englishChecks.ts';

// Every real file of the sample (tests/fixtures/real-files/PROVENANCE.md) through the whole reading path a reader's
// file or link takes: opened with the manifest's counts of marks, shapes and features not on the map, or refused with
// words written for a reader that name the file.

const manifest = readRealFilesManifest();
const xmlParser = new DOMParser({ onError: () => undefined }) as unknown as XmlDocumentParser;

/** Files whose own columns say how precise a point is: UCDP GED (where_prec) and the file in ACLED's layout. */
const DATASET_FILES = new Set([
  'ucdp/GEDEvent_v23_1-CAF.trimmed.geojson',
  'ucdp/GEDEvent_v23_1-CAF.ged-columns.csv',
  'constructed/acled-layout-from-citemap-incidents.csv',
]);

/** Words of the schema validator, which a reader must never see in place of a sentence. */
const VALIDATOR_WORDS = /Invalid input|expected \d|Expected (string|number|object|array)|received undefined/;

function baseName(file: string): string {
  return file.split('/').pop() ?? file;
}

describe('every real file of the sample, opened as a story', () => {
  it('lists the files the manifest names, each once', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(90);
    expect(new Set(manifest.map((entry) => entry.file)).size).toBe(manifest.length);
  });

  it.each(manifest.map((entry) => [entry.file, entry] as const))('%s', async (file, entry) => {
    const fileName = baseName(file);
    const result = await readStoryText(fileName, readRealFile(file), { xmlParser, i18n: englishChecksI18n });
    if ('refused' in entry.expect) {
      expect(result.status, entry.expect.why).toBe('failed');
      if (result.status !== 'failed') return;
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems.length).toBeLessThanOrEqual(50);
      for (const problem of result.problems) {
        expect(problem.origin).toBe(fileName);
        expect(problem.path.length).toBeGreaterThan(0);
        expect(problem.message).not.toMatch(VALIDATOR_WORDS);
        expect(problem.message).not.toMatch(/undefined|\[object Object\]/);
      }
      return;
    }
    if (result.status === 'failed') throw new Error(`refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
    const { incidents, regions } = result.story;
    const drawn = regions.features.filter((region) => region.properties.kind === 'drawn');
    const counts: RealFileCounts = {
      points: incidents.features.filter((incident) => incident.geometry !== null).length,
      lines: drawn.filter((region) => /LineString$/.test(region.geometry.type)).length,
      polygons: drawn.filter((region) => /Polygon$/.test(region.geometry.type)).length,
      noGeometry: incidents.features.filter((incident) => incident.geometry === null).length,
    };
    expect(counts).toEqual(entry.expect);
    // A file's shapes are all drawn regions: nothing else was made of them.
    expect(drawn).toHaveLength(regions.features.length);
    for (const incident of incidents.features) {
      const { place } = incident.properties;
      if (incident.geometry === null) {
        expect(place.geoPrecision).toBeNull();
        expect(place.description).toMatch(/^Not on the map: /);
      } else if (DATASET_FILES.has(file)) {
        expect(place.geoPrecision, incident.id).not.toBeNull();
        expect(place.point?.role, incident.id).not.toBe(place.geoPrecision === 1 ? 'nearby-place' : 'site');
      } else {
        // A plain file does not say how precise its points are: none is drawn as an exact site.
        expect([incident.id, place.geoPrecision]).toEqual([incident.id, 'unknown']);
        expect(place.point).toBeUndefined();
      }
    }
    // The reader is told once what could not be shown: features with no location, points of unknown precision.
    const notices = result.notices ?? [];
    for (const notice of notices) expect(notice.origin).toBe(fileName);
    const said = notices.map((notice) => notice.message).join('\n');
    if (counts.noGeometry > 0) expect(said).toMatch(/no location/);
    const unstated = incidents.features.filter((incident) => incident.properties.place.geoPrecision === 'unknown');
    // Either the file says nothing of it, or it gives a precision Citemap does not read (Citemap's own exports).
    if (unstated.length > 0)
      expect(said).toMatch(/does not say how precise|a precision \([\w.]+\) that Citemap does not read/);
    expect(notices.some((notice) => notice.path === 'crs')).toBe(entry.crs === 'EPSG:3857');
  });
});

describe('what the manifest’s notes ask of particular real files', () => {
  async function open(file: string) {
    const result = await readStoryText(baseName(file), readRealFile(file), { xmlParser, i18n: englishChecksI18n });
    if (result.status === 'failed') throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    return result;
  }

  it('shows a property of 1e309 as too large, never as null', async () => {
    const result = await open('constructed/feature-property-1e309.geojson');
    expect(result.story.incidents.features[0]?.properties.fileProperties).toContainEqual([
      'prop1',
      'a number too large to read',
    ]);
    expect(JSON.stringify(result.story)).not.toMatch(/"prop1","null"/);
    expect(result.notices?.[0]).toMatchObject({ path: 'properties.prop1' });
  });

  it('frames the USGS feed on its 22 features, and keeps their depths with what the file says, not in positions', async () => {
    const { story } = await open('usgs/eq_data_1_day_m1.trimmed.geojson');
    const [west, south, east, north] = story.defaultBounds;
    expect(story.incidents.features).toHaveLength(22);
    for (const incident of story.incidents.features) {
      const [longitude = NaN, latitude = NaN, ...rest] = incident.geometry?.coordinates ?? [];
      expect(rest).toEqual([]);
      expect(longitude >= west && longitude <= east && latitude >= south && latitude <= north).toBe(true);
      expect(incident.properties.fileProperties).toContainEqual([
        'altitude (the third coordinate)',
        expect.stringMatching(/^-?\d/),
      ]);
    }
  });

  it('says in a refusal of the one-point GPX track that the track has one point', async () => {
    const result = await readStoryText('unique_trkpt.gpx', readRealFile('togeojson/unique_trkpt.gpx'), {
      xmlParser,
      i18n: englishChecksI18n,
    });
    expect(result.status === 'failed' && result.problems[0]?.message).toMatch(/its track has a single point/);
  });

  it('names the KML a NetworkLink points to, and draws none of its box', async () => {
    const result = await readStoryText('1936.kml', readRealFile('togeojson/1936.kml'), {
      xmlParser,
      i18n: englishChecksI18n,
    });
    expect(result.status === 'failed' && result.problems[0]?.message).toMatch(
      /only a link \(NetworkLink\) to another KML at https:\/\/mapwarper\.net\/layers\/1936\.kml/,
    );
  });

  it('names the UTM zone of a file it cannot convert, and how to export it in WGS 84, and nothing else', async () => {
    const file = 'gdal/ne-provinces-utm41n.geojson';
    const result = await readStoryText(baseName(file), readRealFile(file), { xmlParser, i18n: englishChecksI18n });
    expect(result.status === 'failed' && result.problems).toHaveLength(1);
    expect(result.status === 'failed' && result.problems[0]?.message).toMatch(
      /EPSG:32641 \(WGS 84 \/ UTM zone 41N\).*ogr2ogr -t_srs EPSG:4326/,
    );
  });

  it('names the open ring of uMap’s test polygon by the feature’s name', async () => {
    const result = await readStoryText(
      'test_upload_non_linear_ring.json',
      readRealFile('umap/test_upload_non_linear_ring.json'),
      { i18n: englishChecksI18n },
    );
    expect(result.status === 'failed' && result.problems[0]?.path).toBe(
      'features[0] (name "non linear ring").geometry.coordinates[0]',
    );
  });
});

/** What a static host would call each file. */
const CONTENT_TYPES: Record<FeatureFileFormat, string> = {
  geojson: 'application/geo+json',
  umap: 'application/json',
  geojsonseq: 'application/geo+json-seq',
  csv: 'text/csv; charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml',
  gpx: 'application/gpx+xml',
};

describe('every real file of the sample, by link and by file', () => {
  // The browser's DOMParser, which both paths use for KML and GPX, is @xmldom/xmldom's here.
  beforeAll(() => {
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString(source: string, type: 'text/xml') {
          return xmlParser.parseFromString(source, type);
        }
      },
    );
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it.each(manifest.map((entry) => [entry.file, entry] as const))('%s', async (file, entry) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/real-files/${file}`, import.meta.url)));
    const url = `https://data.example/real-files/${file}`;
    const result = await expectSameVerdict(
      url,
      serving(bytes, CONTENT_TYPES[entry.format]),
      baseName(file),
      readRealFile(file),
    );
    expect(result.status).toBe('refused' in entry.expect ? 'failed' : 'loaded');
  });
});
