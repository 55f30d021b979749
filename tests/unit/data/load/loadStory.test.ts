import { readFileSync } from 'node:fs';
import { DOMParser as XmlDomParser } from '@xmldom/xmldom';
import { describe, expect, it, vi } from 'vitest';
import type { FetchLike } from '../../../../src/data/load/fetchText.ts';
import { loadStory, type LoadStoryOptions } from '../../../../src/data/load/loadStory.ts';
import { answerWith, fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

const URL = '/citemap/data/fixture/story.json';

/** A story a link names (`?story=`): read as a file the reader opens is, with its limits. */
function loadLink(url: string, fetchLike: FetchLike, fromLink: NonNullable<LoadStoryOptions['fromLink']> = {}) {
  return loadStory(url, fetchLike, { fromLink, i18n: englishChecksI18n });
}

describe('loadStory', () => {
  it('loads a story that satisfies the schema and whose quotes resolve', async () => {
    const fetchLike = answerWith(JSON.stringify(fixtureStory()));
    const result = await loadStory(URL, fetchLike, { i18n: englishChecksI18n });
    expect(result.status).toBe('loaded');
    expect(result.status === 'loaded' && result.story.incidents.features).toHaveLength(3);
    expect(fetchLike.urls).toEqual([URL]);
  });

  it('names the URL when the network fails', async () => {
    const result = await loadStory(URL, () => Promise.reject(new TypeError('Failed to fetch')), {
      i18n: englishChecksI18n,
    });
    expect(result).toEqual({
      status: 'failed',
      problems: [
        {
          origin: URL,
          path: '(request)',
          message: 'could not be fetched (Failed to fetch); check the network connection',
        },
      ],
    });
  });

  it('reports an HTTP error with its status', async () => {
    const result = await loadStory(URL, answerWith('', { status: 404, statusText: 'Not Found' }), {
      i18n: englishChecksI18n,
    });
    expect(result.status === 'failed' && result.problems).toEqual([
      {
        origin: URL,
        path: '(response)',
        message: 'the server answered HTTP 404 Not Found; is the file deployed at this address?',
      },
    ]);
  });

  it('recognises an HTML page served in place of a missing file', async () => {
    const result = await loadStory(URL, answerWith('<!doctype html><html></html>', { status: 200 }), {
      i18n: englishChecksI18n,
    });
    expect(result.status === 'failed' && result.problems[0]?.message).toMatch(/HTML page, not a data file/);
  });

  it('opens a KML served as text/html, and still refuses an XHTML page served so', async () => {
    const kml =
      '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>A</name>' +
      '<Point><coordinates>63.25,27.1</coordinates></Point></Placemark></kml>';
    const stubbed = new XmlDomParser({ onError: () => undefined });
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString(source: string, type: 'text/xml') {
          return stubbed.parseFromString(source, type);
        }
      },
    );
    try {
      const html = { headers: { 'content-type': 'text/html' } };
      const opened = await loadLink('https://host/places.kml', answerWith(kml, html));
      expect(opened.status === 'loaded' && opened.story.incidents.features[0]?.properties.title).toBe('A');
      const xhtml = '<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"></html>';
      const page = await loadLink('https://host/places.kml', answerWith(xhtml, html));
      expect(page.status === 'failed' && page.problems[0]?.message).toMatch(
        /^the file is a web page \(HTML\), not data/,
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports text that is not JSON', async () => {
    const result = await loadStory(URL, answerWith('{"schemaVersion": 1,'), { i18n: englishChecksI18n });
    expect(result.status === 'failed' && result.problems[0]).toMatchObject({
      origin: URL,
      path: '(top level)',
      message: expect.stringMatching(/^the file is not valid JSON \(/) as unknown,
    });
  });

  it('names the field a schema error is in', async () => {
    const story = fixtureStory();
    const broken = JSON.parse(JSON.stringify(story)) as {
      incidents: { features: { id: string; properties: { when: object } }[] };
    };
    const second = broken.incidents.features[1];
    if (second === undefined) throw new Error('the fixture has fewer than two incidents');
    second.properties.when = { ...second.properties.when, date: '18 January 2024' };
    const result = await loadStory(URL, answerWith(JSON.stringify(broken)), { i18n: englishChecksI18n });
    expect(result.status === 'failed' && result.problems).toContainEqual({
      origin: URL,
      path: `incidents.features[1] (id "${second.id}") › properties.when.date`,
      message: 'expected YYYY-MM-DD',
    });
  });

  it('rejects a quote that does not stand in the article', async () => {
    const story = fixtureStory();
    const claim = story.incidents.features[0]?.properties.claims[0];
    if (claim?.citation.type !== 'article') throw new Error('the fixture should start with an article claim');
    claim.citation.quote.exact = 'words the article never printed';
    const result = await loadStory(URL, answerWith(JSON.stringify(story)), { i18n: englishChecksI18n });
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.problems[0]).toMatchObject({
      origin: URL,
      path: expect.stringContaining('citation.quote.exact') as unknown,
      message: expect.stringContaining('words the article never printed') as unknown,
    });
  });

  it('opens GeoJSON by link, as it opens from a file, with what the reader should be told', async () => {
    const text = readFileSync(
      new globalThis.URL('../../../../public/examples/minimal-points.geojson', import.meta.url),
      'utf8',
    );
    const result = await loadLink('https://citemap.example/examples/minimal-points.geojson', answerWith(text));
    if (result.status === 'failed') throw new Error(JSON.stringify(result.problems));
    expect(result.story.incidents.features).toHaveLength(2);
    expect(result.story.article.url).toBe('https://citemap.example/examples/minimal-points.geojson');
    expect(result.notices?.map((notice) => notice.message)).toContainEqual(
      expect.stringMatching(/^the file does not say how precise/),
    );
  });

  it('says where a story came from after redirects, and links the story to that address', async () => {
    const redirected: FetchLike = () => {
      const response = new Response('{"type":"Point","coordinates":[1,2]}');
      Object.defineProperty(response, 'url', { value: 'https://other.example/moved/points.geojson' });
      return Promise.resolve(response);
    };
    const result = await loadLink('https://citemap.example/points.geojson', redirected);
    expect(result.status === 'loaded' && result.fetchedFrom).toBe('https://other.example/moved/points.geojson');
    expect(result.status === 'loaded' && result.story.article.url).toBe('https://other.example/moved/points.geojson');
  });

  it('reads a CSV or a KML link by what it holds, naming problems by the address', async () => {
    const csv = await loadLink(
      'https://data.example/export?format=csv',
      answerWith('place,latitude,longitude\nPanjgur,27.1,63.25\n', { headers: { 'content-type': 'text/csv' } }),
    );
    expect(csv.status === 'loaded' && csv.story.incidents.features[0]?.geometry?.coordinates).toEqual([63.25, 27.1]);
    const noColumns = await loadLink('https://data.example/list.csv', answerWith('place\nPanjgur\n'));
    expect(noColumns.status === 'failed' && noColumns.problems[0]).toMatchObject({
      origin: 'https://data.example/list.csv',
      path: 'row 1',
      message: expect.stringMatching(/^no latitude and longitude columns/) as unknown,
    });
  });

  it('says an empty answer is empty, whatever the format the link names', async () => {
    expect(await loadLink('https://data.example/places.csv', answerWith('  \n'))).toEqual({
      status: 'failed',
      problems: [
        {
          origin: 'https://data.example/places.csv',
          path: '(file)',
          message: 'the file is empty (the server sent nothing)',
        },
      ],
    });
  });

  it('refuses a link larger than 20 MB by its Content-Length, as it refuses such a file', async () => {
    const result = await loadLink(
      'https://data.example/huge.geojson',
      answerWith('{}', { headers: { 'content-length': String(21 * 1024 * 1024) } }),
    );
    expect(result.status === 'failed' && result.problems).toEqual([
      {
        origin: 'https://data.example/huge.geojson',
        path: '(response)',
        message: 'the file is larger than 20 MB, more than any story needs: not opened',
      },
    ]);
  });

  it('passes the reader’s Cancel and the page’s address to the request', async () => {
    const cancel = new AbortController();
    const seen: (RequestInit | undefined)[] = [];
    const fetchLike: FetchLike = (_, init) => {
      seen.push(init);
      cancel.abort();
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    const result = await loadLink('https://other.example/x.geojson', fetchLike, {
      signal: cancel.signal,
      pageUrl: 'https://citemap.example/',
    });
    expect(result.status === 'failed' && result.problems[0]?.message).toBe('opening was cancelled');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.signal?.aborted).toBe(true);
  });
});
