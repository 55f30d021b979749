import { describe, expect, it } from 'vitest';
import { MAX_STORY_FILE_BYTES, readStoryText } from '../../../../src/data/load/readStoryText.ts';
import { formatProblem } from '../../../../src/model/describeIssues.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

const FILE = 'my-story.json';

function messagesOf(fileName: string, text: string): string[] {
  const result = readStoryText(fileName, text);
  return result.status === 'failed' ? result.problems.map(formatProblem) : [];
}

describe('readStoryText', () => {
  it('opens a Citemap story file', () => {
    const result = readStoryText(FILE, JSON.stringify(fixtureStory()));
    expect(result.status === 'loaded' && result.story.id).toBe(fixtureStory().id);
  });

  it('opens a story file saved with a byte order mark and surrounding blank lines', () => {
    expect(readStoryText(FILE, `\uFEFF\n\n${JSON.stringify(fixtureStory())}\n\n`).status).toBe('loaded');
  });

  it('names the file, the record and the field of a schema error', () => {
    const story = fixtureStory();
    const incident = story.incidents.features[1];
    if (incident?.properties.when === undefined || incident.properties.when === null) {
      throw new Error('the fixture’s second incident has a date');
    }
    incident.properties.when.date = '18 January 2024';
    expect(messagesOf(FILE, JSON.stringify(story))).toEqual([
      `${FILE} › incidents.features[1] (id "${incident.id}") › properties.when.date: expected YYYY-MM-DD`,
    ]);
  });

  it('reports a quote that does not stand in the article, as the loader does', () => {
    const story = fixtureStory();
    const claim = story.incidents.features[0]?.properties.claims[0];
    if (claim?.citation.type !== 'article') throw new Error('the fixture starts with an article claim');
    claim.citation.quote.exact = 'words never printed';
    expect(messagesOf(FILE, JSON.stringify(story)).join('\n')).toMatch(/"words never printed" do not stand verbatim/);
  });

  it('recognises a story file by its parts even without schemaVersion, and says schemaVersion is missing', () => {
    const story: Partial<ReturnType<typeof fixtureStory>> = fixtureStory();
    delete story.schemaVersion;
    expect(messagesOf(FILE, JSON.stringify(story))).toEqual([`${FILE} › schemaVersion: Invalid input: expected 1`]);
  });

  it('says which format version a story from another Citemap is in', () => {
    expect(messagesOf(FILE, JSON.stringify({ ...fixtureStory(), schemaVersion: 2 }))).toEqual([
      `${FILE} › schemaVersion: the file is a Citemap story in format version 2; this Citemap reads version 1`,
    ]);
  });

  it('makes a story of a FeatureCollection of points, linked to where it came from', () => {
    const points = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [63.25, 27.1] }, properties: null }],
    };
    const sourceUrl = 'https://data.example/points.geojson';
    const result = readStoryText(sourceUrl, JSON.stringify(points), { sourceUrl });
    expect(result.status === 'loaded' && result.story.article.url).toBe(sourceUrl);
  });

  it.each([
    ['', 'my-story.json › (file): the file is empty'],
    ['  \n\t ', 'my-story.json › (file): the file is empty'],
    ['\uFEFF', 'my-story.json › (file): the file is empty'],
    [
      '<!doctype html><title>Not found</title>',
      'my-story.json › (top level): the file looks like HTML or XML (a web page, or a KML or GPX file?), not JSON: ' +
        'Citemap opens a story file or GeoJSON',
    ],
    [
      '<?xml version="1.0"?><kml></kml>',
      'my-story.json › (top level): the file looks like HTML or XML (a web page, or a KML or GPX file?), not JSON: ' +
        'Citemap opens a story file or GeoJSON',
    ],
    [
      '[1, 2]',
      'my-story.json › (top level): the file holds a JSON list, not a Citemap story or a GeoJSON FeatureCollection',
    ],
    [
      '"a story"',
      'my-story.json › (top level): the file holds a single JSON value, not a Citemap story or a GeoJSON ' +
        'FeatureCollection',
    ],
    [
      'null',
      'my-story.json › (top level): the file holds a single JSON value, not a Citemap story or a GeoJSON ' +
        'FeatureCollection',
    ],
    [
      '{"type":"Feature","geometry":null,"properties":{}}',
      'my-story.json › (top level): the file holds a single GeoJSON Feature: Citemap opens a FeatureCollection',
    ],
    [
      '{"type":"Topology","objects":{}}',
      'my-story.json › (top level): the file is TopoJSON: convert it to a GeoJSON FeatureCollection first',
    ],
    [
      '{"title":"x"}',
      'my-story.json › (top level): the file is neither a Citemap story (it has no "schemaVersion") nor a GeoJSON ' +
        'FeatureCollection (it has no "type")',
    ],
    [
      '{"type":"<script>window.__pwned=1</script>"}',
      'my-story.json › (top level): the file is neither a Citemap story (it has no "schemaVersion") nor a GeoJSON ' +
        'FeatureCollection (its "type" is "<script>window.__pwned=1</script>")',
    ],
  ])('explains what is wrong with %j', (text, message) => {
    expect(messagesOf(FILE, text)).toEqual([message]);
  });

  it('reports text that is not JSON with the parser’s reason', () => {
    const [message] = messagesOf(FILE, '{"schemaVersion": 1,');
    expect(message).toMatch(/^my-story\.json › \(top level\): the file is not valid JSON \(.+\)$/);
  });

  it('refuses a file larger than 20 MB before parsing it', () => {
    const huge = `"${'x'.repeat(MAX_STORY_FILE_BYTES)}"`;
    expect(messagesOf(FILE, huge)).toEqual([
      'my-story.json › (file): the file is larger than 20 MB, more than any story needs: not opened',
    ]);
  });

  it('lists at most 50 problems, and says how many more there are', () => {
    const features = Array.from({ length: 200 }, () => ({ type: 'Feature', geometry: { type: 'Point' } }));
    const result = readStoryText(FILE, JSON.stringify({ type: 'FeatureCollection', features }));
    expect(result.status === 'failed' && result.problems).toHaveLength(50);
    expect(result.status === 'failed' && result.problems[49]).toEqual({
      origin: FILE,
      path: '(file)',
      message: 'and 151 more problems like these',
    });
  });

  it('survives deep nesting', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(readStoryText(FILE, deep).status).toBe('failed');
    const deepStory = `{"schemaVersion":1,"title":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`;
    expect(readStoryText(FILE, deepStory).status).toBe('failed');
  });
});
