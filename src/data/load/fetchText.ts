import type { DataProblem } from '../../model/describeIssues.ts';

/** The one part of `fetch` the loaders need; tests pass their own instead of mocking the global. */
export type FetchLike = (url: string) => Promise<Response>;

export type FetchedText = { status: 'fetched'; text: string } | { status: 'failed'; problems: DataProblem[] };

/** Called through a wrapper: some browsers refuse `fetch` when it is detached from `window`. */
export const browserFetch: FetchLike = (url) => fetch(url);

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

/**
 * Fetches a data file's text. Never throws: the network, the server's answer and a static host's single-page fallback
 * (which answers a missing file with index.html and status 200) each become a problem that names the URL. What the
 * text says is for the reader of that kind of file to judge.
 */
export async function fetchText(url: string, fetchLike: FetchLike = browserFetch): Promise<FetchedText> {
  let response: Response;
  let text: string;
  try {
    response = await fetchLike(url);
  } catch (error) {
    return failed(url, '(request)', `could not be fetched (${reasonOf(error)}); check the network connection`);
  }
  if (!response.ok) return failed(url, '(response)', describeHttpFailure(response));
  try {
    text = await response.text();
  } catch (error) {
    return failed(url, '(response)', `the download broke off (${reasonOf(error)})`);
  }
  if (text.trimStart().startsWith('<')) {
    return failed(
      url,
      '(top level)',
      'the server sent an HTML page, not JSON; the file is probably missing at this address',
    );
  }
  return { status: 'fetched', text };
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
