import type { I18n } from '../../i18n/i18n.ts';
import { fetchedText, reasonOf } from './answerProblems.ts';
import { browserFetch, failed, type FetchedText, type FetchLike } from './fetchText.ts';
import { MAX_STORY_FILE_BYTES, tooLargeMessage } from './readStoryBundle.ts';
import type { ReportStoryLoadProgress } from './storyLoadProgress.ts';
import { REQUEST, RESPONSE, whereWords } from './whereWords.ts';

export interface FetchStoryFileOptions {
  /** Larger answers are refused: by Content-Length before reading, else while reading. 20 MB unless said. */
  maxBytes?: number;
  /** A server that has not finished answering by then is given up on. */
  timeoutMs?: number;
  /** The reader's Cancel, or the page moving on to another story. */
  signal?: AbortSignal;
  /** The page's own address, to tell another site's refusal to share a file (CORS) from a network failure. */
  pageUrl?: string;
  /** Told how much has arrived as the file streams in. */
  onProgress?: ReportStoryLoadProgress;
  /** The language of the problems (the 'checks' part loaded into it). */
  i18n: I18n;
}

/** How often the download's progress is told: every quarter megabyte, not every network packet. */
const PROGRESS_STEP_BYTES = 256 * 1024;

/** Long enough for a 20 MB file on a slow school connection, short enough that "Loading…" does not stay forever. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * A signal aborted when either is. AbortSignal.any is recent (Firefox 124, Safari 17.4): without this fallback, Firefox
 * ESR 115 and Safari 17.0 to 17.3 would throw here, and a story from a link would stay "Loading…".
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
  signal: AbortSignal,
  pageUrl: string | undefined,
  i18n: I18n,
): Promise<string> {
  if (isOtherSite(url, pageUrl)) {
    try {
      await fetchLike(url, { mode: 'no-cors', signal });
      return i18n._({
        id: 'checks.cors',
        message:
          'the server answered, but does not allow other sites to read this file (CORS: no {header} header). Download the file and open it with "Open a story file…", or ask its host to allow it',
        values: { header: 'Access-Control-Allow-Origin' },
      });
    } catch {
      // Not reachable at all: a network failure, said below.
    }
  }
  return i18n._({
    id: 'checks.notFetched',
    message: 'could not be fetched ({reason}); check the network connection',
    values: { reason: reasonOf(error, i18n) },
  });
}

/** The body as text, stopped as soon as it passes `maxBytes` (a server may send no Content-Length, or a wrong one). */
async function readBody(
  response: Response,
  maxBytes: number,
  onProgress: ReportStoryLoadProgress | undefined,
): Promise<string | { tooLarge: true }> {
  if (response.body === null || (!Number.isFinite(maxBytes) && onProgress === undefined)) return response.text();
  // Content-Length counts the bytes on the wire: with a compressed answer the text grows past it, and the size is
  // then unknown rather than wrong.
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const compressed = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const totalBytes = Number.isFinite(declared) && declared > 0 && !compressed ? declared : null;
  let reported = 0;
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
    if (onProgress !== undefined && received - reported >= PROGRESS_STEP_BYTES) {
      reported = received;
      onProgress({
        stage: 'downloading',
        receivedBytes: received,
        totalBytes: totalBytes !== null && totalBytes >= received ? totalBytes : null,
      });
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetches a story file a link names, with the limits of a file the reader opens. Never throws: the network, another
 * site's refusal (CORS), the server's answer, a download too large (by Content-Length, or counted while it streams in
 * when the server sends none) or too slow, the reader's Cancel, and an HTML page in place of the file each become a
 * problem that names the URL.
 */
export async function fetchStoryFile(
  url: string,
  fetchLike: FetchLike = browserFetch,
  options: FetchStoryFileOptions,
): Promise<FetchedText> {
  const { maxBytes = MAX_STORY_FILE_BYTES, pageUrl, i18n } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal === undefined ? timeout : eitherSignal(timeout, options.signal);
  const tooLarge = tooLargeMessage(maxBytes, i18n);
  const whyStopped = (): string | null => {
    if (options.signal?.aborted === true) return i18n._({ id: 'checks.cancelled', message: 'opening was cancelled' });
    if (timeout.aborted) {
      return i18n._({
        id: 'checks.timeout',
        message:
          'the server did not finish answering within {seconds} seconds; try again later, or download the file and open it',
        values: { seconds: Math.round(timeoutMs / 1000) },
      });
    }
    return null;
  };
  let response: Response;
  try {
    response = await fetchLike(url, { signal });
  } catch (error) {
    const stopped = whyStopped();
    if (stopped !== null) return failed(url, whereWords(REQUEST, i18n), stopped);
    return failed(
      url,
      whereWords(REQUEST, i18n),
      await describeRequestFailure(url, error, fetchLike, signal, pageUrl, i18n),
    );
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return failed(
      url,
      whereWords(RESPONSE, i18n),
      i18n._({
        id: 'checks.httpFailure',
        message: 'the server answered HTTP {status}; is the file deployed at this address?',
        values: { status },
      }),
    );
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return failed(url, whereWords(RESPONSE, i18n), tooLarge);
  }
  let body: string | { tooLarge: true };
  try {
    body = await readBody(response, maxBytes, options.onProgress);
  } catch (error) {
    const brokeOff = i18n._({
      id: 'checks.brokeOff',
      message: 'the download broke off ({reason})',
      values: { reason: reasonOf(error, i18n) },
    });
    return failed(url, whereWords(RESPONSE, i18n), whyStopped() ?? brokeOff);
  }
  if (typeof body !== 'string') return failed(url, whereWords(RESPONSE, i18n), tooLarge);
  return fetchedText(url, response, body, i18n);
}
