import type { I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import type { FetchFailure } from './fetchFailures.ts';

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

/** Called through a wrapper: some browsers refuse `fetch` when it is detached from `window`. */
export const browserFetch: FetchLike = (url, init) => fetch(url, init);

export function failed(origin: string, path: string, message: string): { status: 'failed'; problems: DataProblem[] } {
  return { status: 'failed', problems: [{ origin, path, message }] };
}

/** An HTML page where a data file was expected: a static host's single-page fallback answers a missing file so. */
export function isHtmlPage(text: string, contentType: string | null): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (/^<(!doctype html|html[\s>])/.test(start)) return true;
  // A server may call any file text/html: a document that says it is XML, KML or GPX is data all the same, as it is
  // when the reader opens the same file from the disk (an XHTML page is still refused, by its <html>, when read).
  return start.startsWith('<') && !/^<(\?xml|kml[\s>]|gpx[\s>])/.test(start) && /text\/html/i.test(contentType ?? '');
}

/** The text of an answer as fetched, or null when it is an HTML page where a data file was expected. */
export function answerText(url: string, response: Response, text: string): FetchedText | null {
  const contentType = response.headers.get('content-type');
  if (isHtmlPage(text, contentType)) return null;
  return { status: 'fetched', text, finalUrl: response.url === '' ? url : response.url, contentType };
}

/**
 * What went wrong, in the instance's language: the words (fetchFailures.ts, and the checks' catalog) are fetched only
 * then, so that the first load, whose own files are fetched without a hitch, carries none of them.
 */
async function failure(url: string, what: FetchFailure, i18n: I18n): Promise<FetchedText> {
  const { describeFetchFailure } = await import('./fetchFailures.ts');
  return describeFetchFailure(url, what, i18n);
}

/** The body as `Response.text()` gives it (UTF-8, a byte order mark dropped), each piece of it told as it arrives. */
async function readText(response: Response, onBytes: ((bytes: Uint8Array) => void) | undefined): Promise<string> {
  if (onBytes === undefined || response.body === null) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    parts.push(decoder.decode(read.value, { stream: true }));
    // After its decoding, the piece is onBytes's to keep or hand to a worker: it is not read here again.
    onBytes(read.value);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetches one of the build's own data files (its story, its basemap). Never throws: the network, the server's answer
 * and a static host's single-page fallback (which answers a missing file with index.html and status 200) each become
 * a problem that names the URL, in the instance's language. A story a link names is fetched by `fetchStoryFile`
 * instead, with a size limit, a timeout and words for another site's refusal. `onBytes` hears the file's bytes as
 * they arrive.
 */
export async function fetchText(
  url: string,
  fetchLike: FetchLike,
  i18n: I18n,
  onBytes?: (bytes: Uint8Array) => void,
): Promise<FetchedText> {
  let response: Response;
  let text: string;
  try {
    response = await fetchLike(url);
  } catch (error) {
    return failure(url, { kind: 'network', error }, i18n);
  }
  if (!response.ok) return failure(url, { kind: 'http', response }, i18n);
  try {
    text = await readText(response, onBytes);
  } catch (error) {
    return failure(url, { kind: 'brokeOff', error }, i18n);
  }
  return answerText(url, response, text) ?? failure(url, { kind: 'htmlPage' }, i18n);
}
