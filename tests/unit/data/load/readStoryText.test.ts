import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { XmlDocumentParser } from '../../../../src/data/formats/readKmlOrGpx.ts';
import { MAX_STORY_FILE_BYTES, readStoryText } from '../../../../src/data/load/readStoryText.ts';
import { formatProblem } from '../../../../src/model/describeIssues.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

const FILE = 'my-story.json';
const xmlParser = new DOMParser({ onError: () => undefined }) as unknown as XmlDocumentParser;
const OPENS = 'Citemap opens a story file, GeoJSON (also uMap’s and GeoJSON lines), CSV, KML and GPX';

async function messagesOf(fileName: string, text: string): Promise<string[]> {
  const result = await readStoryText(fileName, text, { xmlParser, i18n: englishChecksI18n });
  return result.status === 'failed' ? result.problems.map(formatProblem) : [];
}

describe('readStoryText', () => {
  it('opens a Citemap story file, which says all it means: no notices', async () => {
    const result = await readStoryText(FILE, JSON.stringify(fixtureStory()), { i18n: englishChecksI18n });
    expect(result.status === 'loaded' && result.story.id).toBe(fixtureStory().id);
    expect(result.status === 'loaded' && result.notices).toBeUndefined();
  });

  it('opens a story file saved with a byte order mark and surrounding blank lines', async () => {
    expect(
      (await readStoryText(FILE, `\uFEFF\n\n${JSON.stringify(fixtureStory())}\n\n`, { i18n: englishChecksI18n }))
        .status,
    ).toBe('loaded');
  });

  it('names the file, the record and the field of a schema error', async () => {
    const story = fixtureStory();
    const incident = story.incidents.features[1];
    if (incident?.properties.when === undefined || incident.properties.when === null) {
      throw new Error('the fixture’s second incident has a date');
    }
    incident.properties.when.date = '18 January 2024';
    expect(await messagesOf(FILE, JSON.stringify(story))).toEqual([
      `${FILE} › incidents.features[1] (id "${incident.id}") › properties.when.date: expected YYYY-MM-DD`,
    ]);
  });

  it('reports a quote that does not stand in the article, as the loader does', async () => {
    const story = fixtureStory();
    const claim = story.incidents.features[0]?.properties.claims[0];
    if (claim?.citation.type !== 'article') throw new Error('the fixture starts with an article claim');
    claim.citation.quote.exact = 'words never printed';
    expect((await messagesOf(FILE, JSON.stringify(story))).join('\n')).toMatch(
      /"words never printed" do not stand verbatim/,
    );
  });

  it('recognises a story file by its parts even without schemaVersion, and says schemaVersion is missing', async () => {
    const story: Partial<ReturnType<typeof fixtureStory>> = fixtureStory();
    delete story.schemaVersion;
    expect(await messagesOf(FILE, JSON.stringify(story))).toEqual([
      `${FILE} › schemaVersion: is missing: it should be 1`,
    ]);
  });

  it('says which format version a story from another Citemap is in', async () => {
    expect(await messagesOf(FILE, JSON.stringify({ ...fixtureStory(), schemaVersion: 2 }))).toEqual([
      `${FILE} › schemaVersion: the file is a Citemap story in format version 2; this Citemap reads version 1`,
    ]);
  });

  it('makes a story of a FeatureCollection of points, linked to where it came from', async () => {
    const points = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [63.25, 27.1] }, properties: null }],
    };
    const sourceUrl = 'https://data.example/points.geojson';
    const result = await readStoryText(sourceUrl, JSON.stringify(points), { sourceUrl, i18n: englishChecksI18n });
    expect(result.status === 'loaded' && result.story.article.url).toBe(sourceUrl);
  });

  it.each([
    ['', 'my-story.json › (file): the file is empty'],
    ['  \n\t ', 'my-story.json › (file): the file is empty'],
    ['\uFEFF', 'my-story.json › (file): the file is empty'],
    [
      '<!doctype html><title>Not found</title>',
      `my-story.json › (top level): the file is a web page (HTML), not data: ${OPENS}; if this is a link, it may ` +
        'point to a page about the file rather than to the file',
    ],
    [
      '<?xml version="1.0"?><kml></kml>',
      'my-story.json › (file): the KML holds no places (no Placemark): nothing to show',
    ],
    [
      '<?xml version="1.0"?><svg></svg>',
      `my-story.json › (top level): the file is XML but neither KML nor GPX: ${OPENS}`,
    ],
    ['[1, 2]', 'my-story.json › (top level): the file holds a JSON list, not a Citemap story or GeoJSON'],
    ['"a story"', `my-story.json › (top level): the file is in no format Citemap knows: ${OPENS}`],
    ['null', `my-story.json › (top level): the file is in no format Citemap knows: ${OPENS}`],
    [
      '{"type":"Topology","objects":{}}',
      'my-story.json › (top level): the file is TopoJSON: convert it to GeoJSON first (e.g. with topojson-client’s ' +
        'topo2geo, or mapshaper)',
    ],
    ['{"title":"x"}', 'my-story.json › (top level): the file is not GeoJSON (it has no "type")'],
    [
      '{"type":"<script>window.__pwned=1</script>"}',
      'my-story.json › (top level): the file is not GeoJSON (its "type" is the text "<script>window.__pwned=1</script>")',
    ],
    [
      '{"type":"FeatureCollection","features":[]}',
      'my-story.json › (file): the file holds no features: nothing to show',
    ],
    [
      '{"a": NaN}',
      'my-story.json › (top level): the file holds NaN, which is not a JSON number (GDAL writes it with ' +
        'WRITE_NON_FINITE_VALUES=YES): export it again without that option',
    ],
  ])('explains what is wrong with %j', async (text, message) => {
    expect(await messagesOf(FILE, text)).toEqual([message]);
  });

  it('opens a single Feature as a collection of one, and a feature with no place as one listed "not on the map"', async () => {
    const result = await readStoryText(FILE, '{"type":"Feature","geometry":null,"properties":{"name":"Depot"}}', {
      i18n: englishChecksI18n,
    });
    if (result.status === 'failed') throw new Error(JSON.stringify(result.problems));
    const [incident] = result.story.incidents.features;
    expect(incident?.geometry).toBeNull();
    expect(incident?.properties.place).toMatchObject({ name: 'Depot', geoPrecision: null });
    expect(result.notices?.map((notice) => notice.message)).toEqual([
      '1 feature has no location, so it is not on the map: the list shows it as "not on the map", with why',
    ]);
  });

  it('opens GeoJSON, CSV, KML and GPX by what they hold, whatever the file is called', async () => {
    const point = '{"type":"Point","coordinates":[63.25,27.1]}';
    const kml =
      '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Panjgur</name>' +
      '<Point><coordinates>63.25,27.1</coordinates></Point></Placemark></kml>';
    const gpx =
      '<?xml version="1.0"?><gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">' +
      '<wpt lat="27.1" lon="63.25"><name>Panjgur</name></wpt></gpx>';
    for (const [name, text] of [
      ['point.txt', point],
      ['places.csv', 'name,latitude,longitude\nPanjgur,27.1,63.25\n'],
      ['places.kml.txt', kml],
      ['track.xml', gpx],
      ['noname', '\u001e{"type":"Feature","geometry":' + point + ',"properties":{}}\n'],
    ]) {
      const result = await readStoryText(name ?? '', text ?? '', { xmlParser, i18n: englishChecksI18n });
      if (result.status === 'failed') throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
      expect([name, result.story.incidents.features[0]?.geometry?.coordinates]).toEqual([name, [63.25, 27.1]]);
    }
  });

  it('reports text that is not JSON with the parser’s reason', async () => {
    const [message] = await messagesOf(FILE, '{"schemaVersion": 1,');
    expect(message).toMatch(/^my-story\.json › \(top level\): the file is not valid JSON \(.+\)$/);
  });

  it('refuses a file larger than 20 MB before parsing it', async () => {
    const huge = `"${'x'.repeat(MAX_STORY_FILE_BYTES)}"`;
    expect(await messagesOf(FILE, huge)).toEqual([
      'my-story.json › (file): the file is larger than 20 MB, more than any story needs: not opened',
    ]);
  });

  it('lists at most 50 problems, and says how many more there are', async () => {
    const features = Array.from({ length: 200 }, () => ({ type: 'Feature', geometry: { type: 'Point' } }));
    const result = await readStoryText(FILE, JSON.stringify({ type: 'FeatureCollection', features }), {
      i18n: englishChecksI18n,
    });
    expect(result.status === 'failed' && result.problems).toHaveLength(50);
    expect(result.status === 'failed' && result.problems[49]).toEqual({
      origin: FILE,
      path: '(file)',
      message: 'and 151 more problems like these',
    });
  });

  it('survives deep nesting', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect((await readStoryText(FILE, deep, { i18n: englishChecksI18n })).status).toBe('failed');
    const deepStory = `{"schemaVersion":1,"title":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`;
    expect((await readStoryText(FILE, deepStory, { i18n: englishChecksI18n })).status).toBe('failed');
    const deepFeature = `{"type":"Feature","geometry":null,"properties":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`;
    expect((await readStoryText(FILE, deepFeature, { i18n: englishChecksI18n })).status).toBe('loaded');
  });

  it('opens a shape of hundreds of thousands of positions (a long GPS track) without overflowing the stack', async () => {
    const positions = Array.from({ length: 300_000 }, (_, i) => [(i / 300_000) * 10, 45]);
    const track = {
      type: 'Feature',
      properties: { name: 'Track' },
      geometry: { type: 'LineString', coordinates: positions },
    };
    const result = await readStoryText('track.geojson', JSON.stringify(track), { i18n: englishChecksI18n });
    expect(result.status === 'loaded' && result.story.regions.features[0]?.properties.name).toBe('Track');
  });

  it('refuses a MultiPolygon with an empty part in words, naming the part, not in the schema’s', async () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(await messagesOf(FILE, JSON.stringify({ type: 'MultiPolygon', coordinates: [[ring], []] }))).toEqual([
      'my-story.json › coordinates[1]: a polygon needs at least one ring, and has none',
    ]);
  });
});
