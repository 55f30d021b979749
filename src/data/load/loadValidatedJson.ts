import type { z } from '../../model/zod.ts';
import { describeIssues, type DataProblem } from '../../model/describeIssues.ts';

/** The one part of `fetch` the loaders need; tests pass their own instead of mocking the global. */
export type FetchLike = (url: string) => Promise<Response>;

export type Validated<T> = { status: 'loaded'; value: T } | { status: 'failed'; problems: DataProblem[] };

/** Called through a wrapper: some browsers refuse `fetch` when it is detached from `window`. */
export const browserFetch: FetchLike = (url) => fetch(url);

function failed<T>(origin: string, path: string, message: string): Validated<T> {
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

function describeNotJson(text: string, error: unknown): string {
  // A static host's single-page fallback answers a missing file with index.html and status 200.
  if (text.trimStart().startsWith('<')) {
    return 'the server sent an HTML page, not JSON; the file is probably missing at this address';
  }
  return `the file is not valid JSON (${reasonOf(error)})`;
}

/**
 * Fetches a JSON file and checks it against a schema. Never throws: every way it can go wrong becomes a problem
 * that names the URL and, for schema errors, the path of the field.
 */
export async function loadValidatedJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  fetchLike: FetchLike = browserFetch,
): Promise<Validated<T>> {
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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(url, '(top level)', describeNotJson(text, error));
  }
  const result = schema.safeParse(json);
  return result.success
    ? { status: 'loaded', value: result.data }
    : { status: 'failed', problems: describeIssues(url, result.error.issues) };
}
