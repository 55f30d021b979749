import { describe, expect, it } from 'vitest';
import { fetchStoryFile } from '../../../../src/data/load/fetchStoryFile.ts';
import type { FetchLike } from '../../../../src/data/load/fetchText.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

const URL_OTHER_SITE = 'https://other.example/data/places.geojson';
const PAGE = 'https://citemap.example/app/?story=x';
const MB = 1024 * 1024;
const TOO_LARGE = 'the file is larger than 1 MB, more than any story needs: not opened';
const NETWORK = 'could not be fetched (Failed to fetch); check the network connection';
const CORS =
  'the server answered, but does not allow other sites to read this file (CORS: no Access-Control-Allow-Origin ' +
  'header). Download the file and open it with "Open a story file…", or ask its host to allow it';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fetchLike that records its calls and answers each with what `answer` makes of it. */
function recording(answer: (call: Call, index: number) => Promise<Response>): FetchLike & { calls: Call[] } {
  const calls: Call[] = [];
  return Object.assign(
    (url: string, init?: RequestInit) => {
      const call = { url, init };
      calls.push(call);
      return answer(call, calls.length - 1);
    },
    { calls },
  );
}

/** A body that hands out `chunk` on each read, up to `count` times (forever by default), and counts what it gave. */
function countingBody(chunk: Uint8Array, count = Infinity) {
  const state = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulls >= count) {
          controller.close();
          return;
        }
        state.pulls += 1;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    // Nothing is read ahead: a pull is a read the reader asked for.
    { highWaterMark: 0 },
  );
  return { stream, state };
}

/** A request that is never answered, but stops as fetch does when its signal is aborted. */
function neverAnswers(call: Call): Promise<Response> {
  return new Promise((_, reject) => {
    const signal = call.init?.signal;
    if (signal === undefined || signal === null) return;
    const stop = () => reject(signal.reason as Error);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
  });
}

function withUrl(response: Response, url: string): Response {
  // new Response() has url ''; a fetched one says where it ended after redirects.
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('fetchText', () => {
  it('returns the text, its Content-Type, and the address it came from after redirects', async () => {
    const fetchLike = recording(() =>
      Promise.resolve(
        withUrl(
          new Response('{"type":"FeatureCollection","features":[]}', {
            headers: { 'content-type': 'application/geo+json' },
          }),
          'https://cdn.other.example/v2/places.geojson',
        ),
      ),
    );
    expect(await fetchStoryFile(URL_OTHER_SITE, fetchLike, { i18n: englishChecksI18n })).toEqual({
      status: 'fetched',
      text: '{"type":"FeatureCollection","features":[]}',
      finalUrl: 'https://cdn.other.example/v2/places.geojson',
      contentType: 'application/geo+json',
    });
    expect(fetchLike.calls).toHaveLength(1);
    expect(fetchLike.calls[0]?.init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('gives the address asked for when the answer does not say where it came from', async () => {
    const result = await fetchStoryFile('/data/story.json', () => Promise.resolve(new Response('{}')), {
      i18n: englishChecksI18n,
    });
    expect(result).toMatchObject({ status: 'fetched', finalUrl: '/data/story.json' });
  });

  it('refuses an answer whose Content-Length is over the limit without reading its body', async () => {
    const { stream, state } = countingBody(new Uint8Array(1024));
    const response = new Response(stream, { headers: { 'content-length': String(2 * MB) } });
    const result = await fetchStoryFile(URL_OTHER_SITE, () => Promise.resolve(response), {
      maxBytes: MB,
      i18n: englishChecksI18n,
    });
    expect(result).toEqual({
      status: 'failed',
      problems: [{ origin: URL_OTHER_SITE, path: '(response)', message: TOO_LARGE }],
    });
    expect(state.pulls).toBe(0);
    await Promise.resolve();
    expect(state.cancelled).toBe(true);
  });

  it('cuts off a body with no Content-Length as soon as it passes the limit', async () => {
    const { stream, state } = countingBody(new Uint8Array(256 * 1024).fill(0x20));
    const result = await fetchStoryFile(URL_OTHER_SITE, () => Promise.resolve(new Response(stream)), {
      maxBytes: MB,
      i18n: englishChecksI18n,
    });
    expect(result).toEqual({
      status: 'failed',
      problems: [{ origin: URL_OTHER_SITE, path: '(response)', message: TOO_LARGE }],
    });
    // Four chunks are exactly the limit; the fifth passes it, and reading stops there.
    expect(state.pulls).toBe(5);
    expect(state.cancelled).toBe(true);
  });

  it('cuts off a body longer than its Content-Length says', async () => {
    const { stream, state } = countingBody(new Uint8Array(512 * 1024).fill(0x20));
    const response = new Response(stream, { headers: { 'content-length': '10' } });
    const result = await fetchStoryFile(URL_OTHER_SITE, () => Promise.resolve(response), {
      maxBytes: MB,
      i18n: englishChecksI18n,
    });
    expect(result.status === 'failed' && result.problems[0]?.message).toBe(TOO_LARGE);
    expect(state.pulls).toBe(3);
  });

  it('reads a body of exactly the limit, and UTF-8 split across chunks, whole', async () => {
    const bytes = new TextEncoder().encode('{"name":"Şafak – ڈان"}');
    const rest = new ReadableStream<Uint8Array>({
      start(controller) {
        // Split inside "Ş" (two bytes) and inside "ڈ".
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10, 22));
        controller.enqueue(bytes.slice(22));
        controller.close();
      },
    });
    const result = await fetchStoryFile(URL_OTHER_SITE, () => Promise.resolve(new Response(rest)), {
      maxBytes: bytes.byteLength,
      i18n: englishChecksI18n,
    });
    expect(result).toMatchObject({ status: 'fetched', text: '{"name":"Şafak – ڈان"}' });
  });

  it('gives up on a server that does not answer in time, and says so', async () => {
    const fetchLike = recording(neverAnswers);
    const result = await fetchStoryFile(URL_OTHER_SITE, fetchLike, {
      timeoutMs: 30,
      pageUrl: PAGE,
      i18n: englishChecksI18n,
    });
    expect(result).toEqual({
      status: 'failed',
      problems: [
        {
          origin: URL_OTHER_SITE,
          path: '(request)',
          message: expect.stringMatching(
            /^the server did not finish answering within \d+ seconds; try again later, or download the file and open it$/,
          ) as unknown,
        },
      ],
    });
    // A timeout is not a CORS refusal: no second request to tell them apart.
    expect(fetchLike.calls).toHaveLength(1);
  });

  it('gives up on a body that stops coming in time', async () => {
    const fetchLike: FetchLike = (_, init) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"type":'));
          // fetch errors the body of a request whose signal is aborted.
          init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason), { once: true });
        },
      });
      return Promise.resolve(new Response(stream));
    };
    const result = await fetchStoryFile(URL_OTHER_SITE, fetchLike, {
      timeoutMs: 30,
      maxBytes: MB,
      i18n: englishChecksI18n,
    });
    expect(result.status === 'failed' && result.problems[0]).toMatchObject({
      path: '(response)',
      message: expect.stringMatching(/^the server did not finish answering within/) as unknown,
    });
  });

  it('stops when the reader cancels, and says it was cancelled', async () => {
    const cancel = new AbortController();
    const fetchLike = recording(neverAnswers);
    const pending = fetchStoryFile(URL_OTHER_SITE, fetchLike, {
      signal: cancel.signal,
      pageUrl: PAGE,
      i18n: englishChecksI18n,
    });
    cancel.abort();
    expect(await pending).toEqual({
      status: 'failed',
      problems: [{ origin: URL_OTHER_SITE, path: '(request)', message: 'opening was cancelled' }],
    });
    expect(fetchLike.calls).toHaveLength(1);
    // Cancelled before the request began.
    const before = new AbortController();
    before.abort();
    const result = await fetchStoryFile(URL_OTHER_SITE, recording(neverAnswers), {
      signal: before.signal,
      i18n: englishChecksI18n,
    });
    expect(result.status === 'failed' && result.problems[0]?.message).toBe('opening was cancelled');
  });

  it('stops on Cancel and on time in a browser without AbortSignal.any (Firefox ESR 115, Safari before 17.4)', async () => {
    const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
    try {
      const cancel = new AbortController();
      const pending = fetchStoryFile(URL_OTHER_SITE, recording(neverAnswers), {
        signal: cancel.signal,
        i18n: englishChecksI18n,
      });
      cancel.abort();
      const cancelled = await pending;
      expect(cancelled.status === 'failed' && cancelled.problems[0]?.message).toBe('opening was cancelled');
      const slow = await fetchStoryFile(URL_OTHER_SITE, recording(neverAnswers), {
        signal: new AbortController().signal,
        timeoutMs: 30,
        i18n: englishChecksI18n,
      });
      expect(slow.status === 'failed' && slow.problems[0]?.message).toMatch(/^the server did not finish answering/);
      const fetched = await fetchStoryFile(URL_OTHER_SITE, () => Promise.resolve(new Response('{}')), {
        signal: new AbortController().signal,
        i18n: englishChecksI18n,
      });
      expect(fetched.status).toBe('fetched');
    } finally {
      if (any !== undefined) Object.defineProperty(AbortSignal, 'any', any);
    }
    expect(typeof AbortSignal.any).toBe('function');
  });

  it('says another site does not allow reading its file (CORS) when a no-cors request reaches it', async () => {
    const fetchLike = recording((_, index) =>
      index === 0 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response(null)),
    );
    expect(await fetchStoryFile(URL_OTHER_SITE, fetchLike, { pageUrl: PAGE, i18n: englishChecksI18n })).toEqual({
      status: 'failed',
      problems: [{ origin: URL_OTHER_SITE, path: '(request)', message: CORS }],
    });
    expect(fetchLike.calls.map((call) => [call.url, call.init?.mode])).toEqual([
      [URL_OTHER_SITE, undefined],
      [URL_OTHER_SITE, 'no-cors'],
    ]);
  });

  it('says the network failed when another site cannot be reached at all', async () => {
    const fetchLike = recording(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchStoryFile(URL_OTHER_SITE, fetchLike, { pageUrl: PAGE, i18n: englishChecksI18n })).toEqual({
      status: 'failed',
      problems: [{ origin: URL_OTHER_SITE, path: '(request)', message: NETWORK }],
    });
    expect(fetchLike.calls).toHaveLength(2);
  });

  it.each([
    ['an address on the same site', 'https://citemap.example/data/places.geojson', PAGE],
    ['a relative address', 'examples/minimal-points.geojson', PAGE],
    ['any address, when the page is not known', URL_OTHER_SITE, undefined],
  ])('says the network failed for %s, without a second request', async (_, url, pageUrl) => {
    const fetchLike = recording(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchStoryFile(url, fetchLike, { pageUrl, i18n: englishChecksI18n })).toEqual({
      status: 'failed',
      problems: [{ origin: url, path: '(request)', message: NETWORK }],
    });
    expect(fetchLike.calls).toHaveLength(1);
  });

  it('reports an HTTP error with its status, and a body that breaks off', async () => {
    const notFound = await fetchStoryFile(
      URL_OTHER_SITE,
      () => Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' })),
      { i18n: englishChecksI18n },
    );
    expect(notFound.status === 'failed' && notFound.problems).toEqual([
      {
        origin: URL_OTHER_SITE,
        path: '(response)',
        message: 'the server answered HTTP 404 Not Found; is the file deployed at this address?',
      },
    ]);
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"type":'));
        controller.error(new TypeError('network error'));
      },
    });
    const brokeOff = await fetchStoryFile(URL_OTHER_SITE, () => Promise.resolve(new Response(broken)), {
      maxBytes: MB,
      i18n: englishChecksI18n,
    });
    expect(brokeOff.status === 'failed' && brokeOff.problems[0]).toEqual({
      origin: URL_OTHER_SITE,
      path: '(response)',
      message: 'the download broke off (network error)',
    });
  });

  it('refuses an HTML page, by its text or by its Content-Type', async () => {
    const html = 'the server sent an HTML page, not a data file; the file is probably missing at this address';
    for (const [body, type] of [
      ['<!doctype html><html><body>Not found</body></html>', 'text/plain'],
      ['\n<html lang="en"></html>', null],
      ['<div>Not found</div>', 'text/html; charset=utf-8'],
    ] as const) {
      const headers: Record<string, string> = type === null ? {} : { 'content-type': type };
      const result = await fetchStoryFile(URL_OTHER_SITE, () => Promise.resolve(new Response(body, { headers })), {
        i18n: englishChecksI18n,
      });
      expect(result).toEqual({
        status: 'failed',
        problems: [{ origin: URL_OTHER_SITE, path: '(top level)', message: html }],
      });
    }
  });

  it('does not take KML or GPX for an HTML page: XML is data', async () => {
    const kml = '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"></kml>';
    const gpx = '<gpx version="1.1" creator="x"></gpx>';
    for (const [body, type] of [
      [kml, 'application/vnd.google-earth.kml+xml'],
      [kml, 'text/xml'],
      [gpx, 'application/gpx+xml'],
      [gpx, 'application/octet-stream'],
      // A server that calls every file a web page: the file says it is XML, which no HTML page does.
      [kml, 'text/html'],
      [gpx, 'text/html; charset=utf-8'],
    ] as const) {
      const result = await fetchStoryFile(
        'https://host/places',
        () => Promise.resolve(new Response(body, { headers: { 'content-type': type } })),
        { i18n: englishChecksI18n },
      );
      expect(result).toMatchObject({ status: 'fetched', text: body, contentType: type });
    }
  });
});

describe('fetchStoryFile, telling how far the download has come', () => {
  const chunk = new Uint8Array(128 * 1024).fill(0x20);

  it('reports the bytes received every quarter megabyte, against the size the server declared', async () => {
    const { stream } = countingBody(chunk, 8);
    const fetchLike = recording(() =>
      Promise.resolve(new Response(stream, { headers: { 'content-length': String(8 * chunk.byteLength) } })),
    );
    const reports: unknown[] = [];
    const fetched = await fetchStoryFile('https://citemap.example/big.json', fetchLike, {
      onProgress: (progress) => reports.push(progress),
      i18n: englishChecksI18n,
    });
    expect(fetched.status).toBe('fetched');
    expect(reports).toEqual(
      [1, 2, 3, 4].map((quarter) => ({
        stage: 'downloading',
        receivedBytes: quarter * 256 * 1024,
        totalBytes: MB,
      })),
    );
  });

  it('gives no total where the server declared none, or a compressed size the text outgrows', async () => {
    const answers: Array<Record<string, string>> = [
      {},
      { 'content-length': String(chunk.byteLength), 'content-encoding': 'gzip' },
    ];
    for (const headers of answers) {
      const { stream } = countingBody(chunk, 4);
      const reports: Array<{ totalBytes?: number | null }> = [];
      await fetchStoryFile(
        'https://citemap.example/big.json',
        recording(() => Promise.resolve(new Response(stream, { headers }))),
        {
          onProgress: (progress) => reports.push(progress as { totalBytes: number | null }),
          i18n: englishChecksI18n,
        },
      );
      expect(reports.length).toBe(2);
      for (const report of reports) expect(report.totalBytes).toBeNull();
    }
  });
});
