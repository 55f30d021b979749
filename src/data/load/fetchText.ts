import { loadPart, type I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import { REQUEST, RESPONSE, TOP_LEVEL, whereWords } from './whereWords.ts';

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

/** Whatever was thrown, as words; even an object that refuses to become a string (found by the property tests). */
export function reasonOf(error: unknown, i18n: I18n): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return i18n._({ id: 'checks.fetch.unshowable', message: 'an error that cannot be shown' });
  }
}

export function describeHttpFailure(response: Response, i18n: I18n): string {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return i18n._({
    id: 'checks.httpFailure',
    message: 'the server answered HTTP {status}; is the file deployed at this address?',
    values: { status },
  });
}

/** An HTML page where a data file was expected: a static host's single-page fallback answers a missing file so. */
function isHtmlPage(text: string, contentType: string | null): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (/^<(!doctype html|html[\s>])/.test(start)) return true;
  // A server may call any file text/html: a document that says it is XML, KML or GPX is data all the same, as it is
  // when the reader opens the same file from the disk (an XHTML page is still refused, by its <html>, when read).
  return start.startsWith('<') && !/^<(\?xml|kml[\s>]|gpx[\s>])/.test(start) && /text\/html/i.test(contentType ?? '');
}

/** The text of an answer, unless it is an HTML page where a data file was expected. */
export function fetchedText(url: string, response: Response, text: string, i18n: I18n): FetchedText {
  const contentType = response.headers.get('content-type');
  if (isHtmlPage(text, contentType)) {
    return failed(
      url,
      whereWords(TOP_LEVEL, i18n),
      i18n._({
        id: 'checks.fetch.htmlPage',
        message: 'the server sent an HTML page, not a data file; the file is probably missing at this address',
      }),
    );
  }
  return { status: 'fetched', text, finalUrl: response.url === '' ? url : response.url, contentType };
}

/**
 * Fetches one of the build's own data files (its story, its basemap). Never throws: the network, the server's answer
 * and a static host's single-page fallback (which answers a missing file with index.html and status 200) each become
 * a problem that names the URL. A story a link names is fetched by `fetchStoryFile` instead, with a size limit, a
 * timeout and words for another site's refusal.
 */
export async function fetchText(url: string, fetchLike: FetchLike, i18n: I18n): Promise<FetchedText> {
  let response: Response;
  let text: string;
  // The words for a failure are the checks' (the 'checks' part), fetched only when something failed: the build's own
  // files, fetched without a hitch, need none of them.
  const words = async () => {
    await loadPart('checks');
    return i18n;
  };
  try {
    response = await fetchLike(url);
  } catch (error) {
    const w = await words();
    return failed(
      url,
      whereWords(REQUEST, w),
      w._({
        id: 'checks.notFetched',
        message: 'could not be fetched ({reason}); check the network connection',
        values: { reason: reasonOf(error, w) },
      }),
    );
  }
  if (!response.ok) {
    const w = await words();
    return failed(url, whereWords(RESPONSE, w), describeHttpFailure(response, w));
  }
  try {
    text = await response.text();
  } catch (error) {
    const w = await words();
    return failed(
      url,
      whereWords(RESPONSE, w),
      w._({
        id: 'checks.brokeOff',
        message: 'the download broke off ({reason})',
        values: { reason: reasonOf(error, w) },
      }),
    );
  }
  if (isHtmlPage(text, response.headers.get('content-type'))) await words();
  return fetchedText(url, response, text, i18n);
}

/** JSON.parse, its failure as a problem. */
export function parseJson(
  origin: string,
  text: string,
  i18n: I18n,
): { status: 'parsed'; data: unknown } | { status: 'failed'; problems: DataProblem[] } {
  try {
    return { status: 'parsed', data: JSON.parse(text) as unknown };
  } catch (error) {
    return failed(
      origin,
      whereWords(TOP_LEVEL, i18n),
      i18n._({
        id: 'checks.fetch.notJson',
        message: 'the file is not valid JSON ({reason})',
        values: { reason: reasonOf(error, i18n) },
      }),
    );
  }
}
