import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvIncidents } from '../../../../src/data/formats/readCsvIncidents.ts';
import type { XmlDocumentParser } from '../../../../src/data/formats/readKmlOrGpx.ts';
import { loadCheckWords } from '../../../../src/data/load/checkWords.ts';
import type { StoryLoad } from '../../../../src/data/load/loadStory.ts';
import { readStoryText } from '../../../../src/data/load/readStoryText.ts';
import { loadI18n, type I18n } from '../../../../src/i18n/i18n.ts';
import { readRealFile } from './readRealFile.ts';

// The readers of files of points word what is wrong with a file in the reader's language, as the browser words them:
// the 'checks' part loaded into the reader's instance first. Column names, cells and file names stay as the file has
// them.

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const ENGLISH_WORDS = /[A-Za-z]{3,} [A-Za-z]{3,}/;
const xmlParser = new DOMParser({ onError: () => undefined }) as unknown as XmlDocumentParser;

let urdu: I18n;
let persian: I18n;

beforeAll(async () => {
  urdu = await loadCheckWords(await loadI18n('ur'));
  persian = await loadCheckWords(await loadI18n('fa'));
});

function failed(load: StoryLoad) {
  if (load.status !== 'failed') throw new Error(`expected a refusal, got ${load.status}`);
  return load.problems;
}

function loaded(load: StoryLoad) {
  if (load.status !== 'loaded') throw new Error(`expected a story, got ${JSON.stringify(load.problems)}`);
  return load;
}

describe('the readers of files in Urdu and Persian', () => {
  it('says in Urdu that a CSV row’s latitude is out of range, naming the row, the column and the cell', async () => {
    const csv = 'name,latitude,longitude\nPanjgur,26.97,64.09\nTurbat,95.5,63.04\n';
    const { notices = [] } = loaded(await readStoryText('places.csv', csv, { i18n: urdu }));
    const notice = notices.find((item) => item.message.includes('95.5'));
    expect(notice?.origin).toBe('places.csv');
    expect(notice?.path).toBe('قطار 3، کالم latitude');
    expect(notice?.message).toBe('95.5 عرض بلد نہیں (-90 اور 90 کے درمیان)');
    // The lines about the whole file are in Urdu too, with the count filled in; their place is the bare marker, which
    // the list of notices does not show.
    const wholeFile = notices.filter((item) => item.path === '(file)');
    expect(wholeFile.length).toBeGreaterThan(0);
    for (const item of wholeFile) {
      expect(item.message).toMatch(ARABIC_SCRIPT);
      expect(item.message).not.toMatch(ENGLISH_WORDS);
    }
  });

  it('says in Persian that a CSV cell is not a number of degrees, with the cell as the file has it', () => {
    const read = readCsvIncidents('town,lat,lon\nPanjgur,north,64.09\n', persian);
    if (read.status !== 'read') throw new Error('the file has coordinate columns');
    expect(read.problems).toEqual([{ path: 'row 2, column lat', message: '"north" عددی بر حسب درجه نیست' }]);
    expect(read.notOnMap).toEqual([{ rowNumber: 2, reason: 'ستون lat: "north" عددی بر حسب درجه نیست' }]);
  });

  it('says in Persian that a KML holds no placemarks', async () => {
    const kml = '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document></Document></kml>';
    const [problem, ...others] = failed(await readStoryText('empty.kml', kml, { i18n: persian, xmlParser }));
    expect(others).toEqual([]);
    expect(problem).toEqual({
      origin: 'empty.kml',
      path: '(فایل)',
      message: 'KML هیچ مکانی ندارد (هیچ Placemarkی): چیزی برای نمایش نیست',
    });
  });

  it('says in Urdu that a GeoJSON file is in a projected CRS, naming it, and how to export it in WGS 84', async () => {
    const text = readRealFile('gdal/ne-provinces-utm41n.geojson');
    const [problem, ...others] = failed(await readStoryText('provinces.geojson', text, { i18n: urdu }));
    expect(others).toEqual([]);
    expect(problem?.path).toBe('crs');
    expect(problem?.message).toMatch(ARABIC_SCRIPT);
    expect(problem?.message).toContain('EPSG:32641 (WGS 84 / UTM زون 41N)');
    // QGIS's menu, GDAL's command and the projections' names are the same in any language.
    expect(problem?.message).toContain('Export → Save Features As…');
    expect(problem?.message).toContain('ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson');
    const words = (problem?.message ?? '')
      .replace('Export → Save Features As…', '')
      .replace('ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson', '')
      .replace('Web Mercator', '')
      .replace('CRS EPSG:4326', '');
    expect(words).not.toMatch(ENGLISH_WORDS);
  });

  it('names a line of GeoJSON lines in Persian, and a broken position in its words', async () => {
    const lines = [
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[64.09,26.97]},"properties":{}}',
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[64.09,126.97]},"properties":{}}',
    ].join('\n');
    const [problem, ...others] = failed(await readStoryText('places.geojsonl', lines, { i18n: persian }));
    expect(others).toEqual([]);
    expect(problem?.path).toBe('سطر 2.geometry.coordinates');
    expect(problem?.message).toMatch(/^عرض جغرافیایی 126\.97 میان -90 و 90 نیست/);
    expect(problem?.message).not.toMatch(ENGLISH_WORDS);
  });
});
