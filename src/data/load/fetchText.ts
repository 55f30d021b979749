import type { DataProblem } from '../../model/describeIssues.ts';

/** The one part of `fetch` the loaders need; tests pass their own instead of mocking the global. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export type FetchedText =
  | {
      status: 'fetched';
      text: string;
      /** Where the text came from after any redirects (`Response.url`); the address asked for when unknown. */
      finalUrl: string;
      /** The server's Content-Type, if it sent one. */
      contentType: string | null;
    }
  | { status: 'failed'; problems: DataProblem[] };

export interface FetchTextOptions {
  /** Larger answers are refused: by Content-Length before reading, else while reading. Unlimited by default. */
  maxBytes?: number;
  /** A server that has not finished answering by then is given up on. */
  timeoutMs?: number;
  /** The reader's Cancel. */
  signal?: AbortSignal;
  /** The page's own address, to tell another site's refusal to share a file (CORS) from a network failure. */
  pageUrl?: string;
}

/** Long enough for a 20 MB file on a slow school connection, short enough that "Loading…" does not stay forever. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Called through a wrapper: some browsers refuse `fetch` when it is detached from `window`. */
export const browserFetch: FetchLike = (url, init) => fetch(url, init);

function failed(origin: string, path: string, message: string): { status: 'failed'; problems: DataProblem[] } {
  return { status: 'failed', problems: [{ origin, path, message }] };
}

/** Whatever was thrown, as words; even an object that refuses to become a string (found by the property tests). */
function reasonOf(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'an error that cannot be shown';
  }
}

function describeHttpFailure(response: Response): string {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return `the server answered HTTP ${status}; is the file deployed at this address?`;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/**
 * A signal aborted when either is. AbortSignal.any is recent (Firefox 124, Safari 17.4): without this fallback, Firefox
 * ESR 115 and Safari 17.0 to 17.3 would throw here, and every story, the site's own too, would stay "Loading…".
 */
function eitherSignal(first: AbortSignal, second: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([first, second]);
  const controller = new AbortController();
  for (const signal of [first, second]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

function isOtherSite(url: string, pageUrl: string | undefined): boolean {
  if (pageUrl === undefined || !URL.canParse(url, pageUrl)) return false;
  return new URL(url, pageUrl).origin !== new URL(pageUrl).origin;
}

/**
 * Why a request to another site failed. A browser hides the cause: a server that answers but does not allow other
 * sites to read the file (no Access-Control-Allow-Origin) and a network that is down both reject with the same
 * TypeError. A second request in "no-cors" mode tells them apart: it succeeds (with an opaque answer) where the server
 * answered.
 */
async function describeRequestFailure(
  url: string,
  error: unknown,
  fetchLike: FetchLike,
  options: FetchTextOptions,
): Promise<string> {
  if (isOtherSite(url, options.pageUrl)) {
    try {
      await fetchLike(url, { mode: 'no-cors', signal: options.signal });
      return (
        'the server answered, but does not allow other sites to read this file (CORS: no ' +
        'Access-Control-Allow-Origin header). Download the file and open it with "Open a story file…", or ask its ' +
        'host to allow it'
      );
    } catch {
      // Not reachable at all: a network failure, said below.
    }
  }
  return `could not be fetched (${reasonOf(error)}); check the network connection`;
}

/** The body as text, stopped as soon as it passes `maxBytes` (a server may send no Content-Length, or a wrong one). */
async function readBody(response: Response, maxBytes: number): Promise<string | { tooLarge: true }> {
  if (response.body === null || !Number.isFinite(maxBytes)) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return { tooLarge: true };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** An HTML page where a data file was expected: a static host's single-page fallback answers a missing file so. */
function isHtmlPage(text: string, contentType: string | null): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (/^<(!doctype html|html[\s>])/.test(start)) return true;
  // A server may call any file text/html: a document that says it is XML, KML or GPX is data all the same, as it is
  // when the reader opens the same file from the disk (an XHTML page is still refused, by its <html>, when read).
  return start.startsWith('<') && !/^<(\?xml|kml[\s>]|gpx[\s>])/.test(start) && /text\/html/i.test(contentType ?? '');
}

/**
 * Fetches a data file's text. Never throws: the network, another site's refusal (CORS), the server's answer, a
 * download too large or too slow, the reader's Cancel and a static host's single-page fallback (which answers a
 * missing file with index.html and status 200) each become a problem that names the URL. What the text says is for
 * the reader of that kind of file to judge.
 */
export async function fetchText(
  url: string,
  fetchLike: FetchLike = browserFetch,
  options: FetchTextOptions = {},
): Promise<FetchedText> {
  const maxBytes = options.maxBytes ?? Infinity;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal === undefined ? timeout : eitherSignal(timeout, options.signal);
  const whyStopped = (): string | null => {
    if (options.signal?.aborted === true) return 'opening was cancelled';
    if (timeout.aborted) {
      return `the server did not finish answering within ${Math.round(timeoutMs / 1000)} seconds; try again later, or download the file and open it`;
    }
    return null;
  };
  let response: Response;
  try {
    response = await fetchLike(url, { signal });
  } catch (error) {
    const stopped = whyStopped();
    if (stopped !== null) return failed(url, '(request)', stopped);
    return failed(url, '(request)', await describeRequestFailure(url, error, fetchLike, { ...options, signal }));
  }
  if (!response.ok) return failed(url, '(response)', describeHttpFailure(response));
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return failed(
      url,
      '(response)',
      `the file is larger than ${megabytes(maxBytes)}, more than any story needs: not opened`,
    );
  }
  let body: string | { tooLarge: true };
  try {
    body = await readBody(response, maxBytes);
  } catch (error) {
    return failed(url, '(response)', whyStopped() ?? `the download broke off (${reasonOf(error)})`);
  }
  if (typeof body !== 'string') {
    return failed(
      url,
      '(response)',
      `the file is larger than ${megabytes(maxBytes)}, more than any story needs: not opened`,
    );
  }
  const contentType = response.headers.get('content-type');
  if (isHtmlPage(body, contentType)) {
    return failed(
      url,
      '(top level)',
      'the server sent an HTML page, not a data file; the file is probably missing at this address',
    );
  }
  return { status: 'fetched', text: body, finalUrl: response.url === '' ? url : response.url, contentType };
}

/** JSON.parse, its failure as a problem. */
export function parseJson(
  origin: string,
  text: string,
): { status: 'parsed'; data: unknown } | { status: 'failed'; problems: DataProblem[] } {
  try {
    return { status: 'parsed', data: JSON.parse(text) as unknown };
  } catch (error) {
    return failed(origin, '(top level)', `the file is not valid JSON (${reasonOf(error)})`);
  }
}
