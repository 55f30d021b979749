import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStoryShape } from 'virtual:story-shape-validator';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateStory } from '../../../../bench/generateStory.ts';
import type { FetchLike } from '../../../../src/data/load/fetchText.ts';
import { loadStory, WORKER_FROM_CHARS } from '../../../../src/data/load/loadStory.ts';
import { readStoryText } from '../../../../src/data/load/readStoryText.ts';
import {
  storyReaderSession,
  type StoryReadAnswer,
  type StoryReaderMessage,
} from '../../../../src/data/load/storyReaderSession.ts';
import type { TrustedFile } from '../../../../src/data/load/trustedFile.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';
import type { Story } from '../../../../src/model/story.ts';

const URL = '/citemap/data/iran-pakistan-2024/story.json';
const builtText = readFileSync(join(process.cwd(), 'public', 'data', 'iran-pakistan-2024', 'story.json'), 'utf8');
const builtStory = JSON.parse(builtText) as Story;
/** What vite.config.ts bakes into the app for the built story. */
const trusted: TrustedFile = {
  sha256: createHash('sha256').update(builtText).digest('hex'),
  textLength: builtText.length,
};
/**
 * A dataset deployed as the build's story, with the article's non-ASCII words: large enough that its bytes prove it
 * longer than the worker's threshold (three bytes a character at most) well before the download ends.
 */
const COUNT = 8_000;
const largeText = JSON.stringify(generateStory(builtStory, COUNT));

/** How many pieces of the file the server has sent so far. */
let piecesRead = 0;

/**
 * A worker that runs the story reader's own session in place (Node has no Web Worker): messages are copied as
 * `postMessage` copies them, transferred buffers detached, and answered asynchronously, as a worker answers.
 */
class SessionWorker {
  static started: SessionWorker[] = [];
  onmessage: ((event: { data: StoryReadAnswer }) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly received: StoryReaderMessage[] = [];
  terminated = false;
  /** How many buffers the page handed over rather than copied. */
  transferred = 0;
  /** How many pieces of the file had been read when the worker was started. */
  readonly startedAfterPieces = piecesRead;
  // As the worker's entry makes it: with the story's shape compiled by the build.
  private readonly session = storyReaderSession(validateStoryShape);

  constructor() {
    SessionWorker.started.push(this);
  }

  postMessage(message: StoryReaderMessage, transfer: Transferable[] = []) {
    // Transferred buffers are detached from the page, as a browser does: a page that read a piece after handing it
    // over would read nothing.
    const copy = structuredClone(message, { transfer });
    this.transferred += transfer.length;
    this.received.push(copy);
    void this.session(copy)?.then((data) => {
      if (!this.terminated) this.onmessage?.({ data });
    });
  }

  terminate() {
    this.terminated = true;
  }
}

/**
 * A server that sends `text` in pieces of `pieceBytes`, the way a large download arrives, the first piece ending in
 * the middle of the first multi-byte character, as a network may cut one; it may break off after some pieces.
 */
function streaming(text: string, pieceBytes: number, breakAfterPieces = Infinity): FetchLike & { pieces: number } {
  const bytes = new TextEncoder().encode(text);
  // A continuation byte (10xxxxxx): the piece before it ends inside a character.
  const firstCut = bytes.findIndex((byte) => (byte & 0b1100_0000) === 0b1000_0000);
  if (firstCut < 1) throw new Error('the text has no multi-byte character to cut');
  const cuts = [0];
  for (let at = firstCut; at < bytes.length; at += pieceBytes) cuts.push(at);
  cuts.push(bytes.length);
  const pieces = cuts.length - 1;
  const fetchLike = () => {
    let index = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (index === breakAfterPieces) return controller.error(new TypeError('network error'));
        if (index === pieces) return controller.close();
        controller.enqueue(bytes.slice(cuts[index], cuts[index + 1]));
        index += 1;
        piecesRead = index;
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
  return Object.assign(fetchLike, { pieces });
}

function sentBytes(worker: SessionWorker): Uint8Array {
  const pieces = worker.received.flatMap((message) => (message.kind === 'bytes' ? [message.bytes] : []));
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    whole.set(piece, offset);
    offset += piece.byteLength;
  }
  return whole;
}

describe('the build’s own story, when it is large', () => {
  beforeEach(() => {
    SessionWorker.started = [];
    piecesRead = 0;
    vi.stubGlobal('Worker', SessionWorker);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is sent to its reader while it downloads, decoded there alike, and checked there before it opens', async () => {
    expect(largeText.length).toBeGreaterThan(WORKER_FROM_CHARS);
    const pieceBytes = 65_536;
    const server = streaming(largeText, pieceBytes);
    const result = await loadStory(URL, server, { trusted, i18n: englishChecksI18n });
    expect(result.status).toBe('loaded');
    // The page's own parse, of its own decoding of the same pieces: the file, character for character.
    expect(result.status === 'loaded' && JSON.stringify(result.story) === largeText).toBe(true);
    expect(SessionWorker.started).toHaveLength(1);
    const [worker] = SessionWorker.started;
    if (worker === undefined) throw new Error('no worker');
    // Started once the bytes proved the text longer than both the trusted file and the worker's threshold, long
    // before the download ended.
    expect(worker.startedAfterPieces).toBeGreaterThan(Math.floor((3 * WORKER_FROM_CHARS) / pieceBytes));
    expect(worker.startedAfterPieces).toBeLessThan(server.pieces);
    // Every byte, in order, and a read request without the text: the worker decoded it from the bytes.
    expect(Buffer.from(sentBytes(worker)).equals(Buffer.from(largeText, 'utf8'))).toBe(true);
    // Handed over, not copied: each piece is a whole buffer of its own.
    expect(worker.transferred).toBe(worker.received.filter((message) => message.kind === 'bytes').length);
    const requests = worker.received.filter((message) => message.kind === 'read');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ kind: 'read', fileName: URL, locale: 'en' });
    expect(requests[0]?.kind === 'read' && requests[0].text).toBeUndefined();
    expect(worker.terminated).toBe(true);
  });

  it('with a problem, is refused with the problems the page’s own reading finds', async () => {
    // A copy: the generated incidents share their quotes with the story they were made from.
    const broken = structuredClone(generateStory(builtStory, COUNT));
    const claim = broken.incidents.features[1_234]?.properties.claims[0];
    if (claim?.citation.type !== 'article') throw new Error('the generated incident cites no article words');
    claim.citation.quote.exact = 'words the article never printed';
    const brokenText = JSON.stringify(broken);
    const result = await loadStory(URL, streaming(brokenText, 65_536), { trusted, i18n: englishChecksI18n });
    expect(SessionWorker.started).toHaveLength(1);
    expect(result.status).toBe('failed');
    const inPage = await readStoryText(URL, brokenText, { maxChars: Infinity, i18n: englishChecksI18n });
    expect(result).toEqual(inPage);
    expect(JSON.stringify(result)).toContain('words the article never printed');
  });

  it('starts no reader for the story the build checked, nor for a small story that fails its hash', async () => {
    const asBuilt = await loadStory(URL, streaming(builtText, 16_384), { trusted, i18n: englishChecksI18n });
    expect(asBuilt).toEqual({ status: 'loaded', story: builtStory });
    const edited = builtText.replace('Iran', 'Iram');
    await loadStory(URL, streaming(edited, 16_384), { trusted, i18n: englishChecksI18n });
    expect(SessionWorker.started).toEqual([]);
  });

  it('ends its reader when the download breaks off, and says so', async () => {
    const server = streaming(largeText, 65_536, streaming(largeText, 65_536).pieces - 5);
    const result = await loadStory(URL, server, { trusted, i18n: englishChecksI18n });
    expect(result.status).toBe('failed');
    expect(SessionWorker.started).toHaveLength(1);
    expect(SessionWorker.started[0]?.terminated).toBe(true);
  });
});

describe('the story reader’s session (the worker’s work)', () => {
  it('decodes a file sent byte by byte, every character cut in two, as the page decodes it whole', async () => {
    const names = ['Kūh-e Taftān', 'پنجگور', 'سراوان', '“Sistan–Baluchestan”', '🛰 satellite view'];
    const geoJson = JSON.stringify({
      type: 'FeatureCollection',
      features: names.map((name, index) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [60 + index / 10, 27] },
        properties: { name },
      })),
    });
    const session = storyReaderSession();
    // With a byte order mark, as editors on Windows write, which both decodings drop.
    const bytes = new TextEncoder().encode(`\uFEFF${geoJson}`);
    for (const byte of bytes) expect(session({ kind: 'bytes', bytes: Uint8Array.of(byte) })).toBeNull();
    const answer = await session({ kind: 'read', fileName: 'places.geojson', options: {}, locale: 'en' });
    const inPage = await readStoryText('places.geojson', await new Response(bytes).text(), { i18n: englishChecksI18n });
    expect(inPage.status).toBe('loaded');
    expect(answer).toEqual({ kind: 'read', load: inPage });
    expect(JSON.stringify(answer)).toContain('Kūh-e Taftān');
    expect(JSON.stringify(answer)).toContain('🛰 satellite view');
  });
});
