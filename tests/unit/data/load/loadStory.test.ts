import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../../src/data/load/loadStory.ts';
import { answerWith, fixtureStory } from '../../../fixtures/fixtureStory.ts';

const URL = '/citemap/data/fixture/story.json';

describe('loadStory', () => {
  it('loads a story that satisfies the schema and whose quotes resolve', async () => {
    const fetchLike = answerWith(JSON.stringify(fixtureStory()));
    const result = await loadStory(URL, fetchLike);
    expect(result.status).toBe('loaded');
    expect(result.status === 'loaded' && result.story.incidents.features).toHaveLength(3);
    expect(fetchLike.urls).toEqual([URL]);
  });

  it('names the URL when the network fails', async () => {
    const result = await loadStory(URL, () => Promise.reject(new TypeError('Failed to fetch')));
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
    const result = await loadStory(URL, answerWith('', { status: 404, statusText: 'Not Found' }));
    expect(result.status === 'failed' && result.problems).toEqual([
      {
        origin: URL,
        path: '(response)',
        message: 'the server answered HTTP 404 Not Found; is the file deployed at this address?',
      },
    ]);
  });

  it('recognises an HTML page served in place of a missing file', async () => {
    const result = await loadStory(URL, answerWith('<!doctype html><html></html>', { status: 200 }));
    expect(result.status === 'failed' && result.problems[0]?.message).toMatch(/HTML page, not a data file/);
  });

  it('reports text that is not JSON', async () => {
    const result = await loadStory(URL, answerWith('{"schemaVersion": 1,'));
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
    const result = await loadStory(URL, answerWith(JSON.stringify(broken)));
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
    const result = await loadStory(URL, answerWith(JSON.stringify(story)));
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.problems[0]).toMatchObject({
      origin: URL,
      path: expect.stringContaining('citation.quote.exact') as unknown,
      message: expect.stringContaining('words the article never printed') as unknown,
    });
  });
});
