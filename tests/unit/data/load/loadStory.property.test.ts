import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStoryReferences } from '../../../../src/data/load/checkStoryReferences.ts';
import { loadStory, type StoryLoad } from '../../../../src/data/load/loadStory.ts';
import type { FetchLike } from '../../../../src/data/load/fetchText.ts';
import { StorySchema } from '../../../../src/model/story.ts';
import { formatRecordPath } from '../../../../src/data/load/formatRecordPath.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

// The loader's promise: whatever a server sends, it resolves (never rejects) to a story the schema and the reference
// check accept, or to problems that each say where they are.

const URL = '/citemap/data/any/story.json';
const REAL_STORY_TEXT = readFileSync(
  new globalThis.URL('../../../../public/data/iran-pakistan-2024/story.json', import.meta.url),
  'utf8',
);
const REAL_STORY = JSON.parse(REAL_STORY_TEXT) as unknown;

/** Statuses whose response may not carry a body (the Fetch standard's "null body status"). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

function serve(body: string, init: ResponseInit = {}): FetchLike {
  return () => Promise.resolve(new Response(NULL_BODY_STATUSES.has(init.status ?? 200) ? null : body, init));
}

function isAcceptable(data: unknown): boolean {
  const parsed = StorySchema.safeParse(data);
  return parsed.success && checkStoryReferences(parsed.data, URL, englishChecksI18n).length === 0;
}

function expectHonest(result: StoryLoad, data?: unknown): void {
  if (result.status === 'loaded') {
    expect(data === undefined || isAcceptable(data)).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.origin).toBe(URL);
    expect(problem.path.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

/** Each mutation re-validates the whole 110 kB story: a few seconds alone, more when the test files run in parallel. */
const MUTATION_TIMEOUT_MS = 30_000;

type Path = (string | number)[];

/** Every place in a JSON tree, so a mutation can strike anywhere. */
function pathsOf(node: unknown, path: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(node)
    ? node.map((value, index) => [index, value])
    : typeof node === 'object' && node !== null
      ? Object.entries(node)
      : [];
  return [path, ...children.flatMap(([key, value]) => pathsOf(value, [...path, key]))];
}

const REAL_PATHS = pathsOf(REAL_STORY).filter((path) => path.length > 0);

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return node;
}

/** The real story with one value replaced, or one key or element removed. */
function mutate(path: Path, replacement: { value: unknown } | null): unknown {
  const copy = structuredClone(REAL_STORY);
  const parent = parentOf(copy, path);
  const key = path[path.length - 1] as string | number;
  if (replacement !== null) parent[key] = replacement.value;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('loadStory, given anything a server might send', () => {
  it('loads the real story, as a baseline for the mutations below', async () => {
    expect((await loadStory(URL, serve(REAL_STORY_TEXT), { i18n: englishChecksI18n })).status).toBe('loaded');
  });

  it('never rejects for any JSON value, and loads one only if the schema and the reference check accept it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expectHonest(await loadStory(URL, serve(JSON.stringify(value)), { i18n: englishChecksI18n }), value);
      }),
      { numRuns: 300 },
    );
  });

  it('never rejects for any text at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) => {
        expectHonest(await loadStory(URL, serve(text), { i18n: englishChecksI18n }));
      }),
      { numRuns: 300 },
    );
  });

  it(
    'notices any value of the real story replaced by another, unless the result is still a valid story',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...REAL_PATHS), fc.jsonValue({ maxDepth: 3 }), async (path, value) => {
          const mutated = mutate(path, { value });
          expectHonest(await loadStory(URL, serve(JSON.stringify(mutated)), { i18n: englishChecksI18n }), mutated);
        }),
        { numRuns: 200 },
      );
    },
    MUTATION_TIMEOUT_MS,
  );

  it(
    'names where a key or element was removed from the real story, when that breaks it',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...REAL_PATHS), async (path) => {
          const mutated = mutate(path, null);
          const result = await loadStory(URL, serve(JSON.stringify(mutated)), { i18n: englishChecksI18n });
          expectHonest(result, mutated);
          const removedKey = typeof path[path.length - 1] === 'string';
          if (result.status === 'failed' && removedKey && !StorySchema.safeParse(mutated).success) {
            // A missing field is reported inside the record it was removed from.
            const parent = path.length > 1 ? formatRecordPath(path.slice(0, -1), mutated) : '';
            expect(result.problems.map((problem) => problem.path)).toContainEqual(
              expect.stringMatching(`^${escape(parent)}`),
            );
          }
        }),
        { numRuns: 200 },
      );
    },
    MUTATION_TIMEOUT_MS,
  );

  it('reports a truncated download as not JSON, and one cut off before it began as empty', async () => {
    const body = REAL_STORY_TEXT.trimEnd();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: body.length - 1 }), async (length) => {
        const result = await loadStory(URL, serve(body.slice(0, length)), { i18n: englishChecksI18n });
        expect(result.status === 'failed' && result.problems.map((problem) => problem.path)).toEqual([
          length === 0 ? '(file)' : '(top level)',
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the body whatever content-type the server claims (static hosts label JSON in many ways)', async () => {
    const contentType = fc.oneof(
      fc.constantFrom('text/html', 'text/plain', 'application/octet-stream', 'application/geo+json', ''),
      fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(contentType, async (type) => {
        const headers = new Headers();
        try {
          headers.set('content-type', type);
        } catch {
          // Not a legal header value: a server could not have sent it.
        }
        expect((await loadStory(URL, serve(REAL_STORY_TEXT, { headers }), { i18n: englishChecksI18n })).status).toBe(
          'loaded',
        );
      }),
      { numRuns: 100 },
    );
  });

  it('loads on any 2xx answer with a body, and names the status of any other', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 200, max: 599 }), async (status) => {
        const result = await loadStory(URL, serve(REAL_STORY_TEXT, { status }), { i18n: englishChecksI18n });
        expectHonest(result);
        if (status >= 200 && status < 300 && !NULL_BODY_STATUSES.has(status)) expect(result.status).toBe('loaded');
        if (status >= 300) {
          expect(result.status === 'failed' && result.problems[0]?.message).toContain(`HTTP ${status}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('resolves when the request fails with anything at all, thrown or rejected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true }), fc.boolean(), async (reason, synchronously) => {
        const fetchLike: FetchLike = (): Promise<Response> => {
          if (synchronously) throw reason;
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a hostile fetch may reject with anything
          return Promise.reject(reason);
        };
        const result = await loadStory(URL, fetchLike, { i18n: englishChecksI18n });
        expect(result.status === 'failed' && result.problems[0]?.path).toBe('(request)');
      }),
      { numRuns: 200 },
    );
  });

  it('resolves when the download breaks off half way', async () => {
    const encoder = new TextEncoder();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1000 }),
        fc.anything({ withNullPrototype: true }),
        async (bytes, reason) => {
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(encoder.encode(REAL_STORY_TEXT.slice(0, bytes)));
              controller.error(reason);
            },
          });
          const result = await loadStory(URL, () => Promise.resolve(new Response(body)), { i18n: englishChecksI18n });
          expect(result.status === 'failed' && result.problems[0]?.path).toBe('(response)');
        },
      ),
      { numRuns: 100 },
    );
  });
});
