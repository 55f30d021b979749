import { loadPart, type I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import { answerText, failed, type FetchedText } from './fetchText.ts';
import { REQUEST, RESPONSE, TOP_LEVEL, WHOLE_FILE, whereWords } from './whereWords.ts';

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

function htmlPage(url: string, i18n: I18n): { status: 'failed'; problems: DataProblem[] } {
  return failed(
    url,
    whereWords(TOP_LEVEL, i18n),
    i18n._({
      id: 'checks.fetch.htmlPage',
      message: 'the server sent an HTML page, not a data file; the file is probably missing at this address',
    }),
  );
}

/** The text of an answer, unless it is an HTML page where a data file was expected. */
export function fetchedText(url: string, response: Response, text: string, i18n: I18n): FetchedText {
  return answerText(url, response, text) ?? htmlPage(url, i18n);
}

/** What can go wrong fetching one of the build's own files (fetchText). */
export type FetchFailure =
  | { kind: 'network'; error: unknown }
  | { kind: 'http'; response: Response }
  | { kind: 'brokeOff'; error: unknown }
  | { kind: 'htmlPage' }
  | { kind: 'empty' };

/** A failure of fetchText as a problem in the instance's language, once the checks' words are loaded. */
export async function describeFetchFailure(
  url: string,
  what: FetchFailure,
  i18n: I18n,
): Promise<{ status: 'failed'; problems: DataProblem[] }> {
  await loadPart('checks');
  switch (what.kind) {
    case 'network':
      return failed(
        url,
        whereWords(REQUEST, i18n),
        i18n._({
          id: 'checks.notFetched',
          message: 'could not be fetched ({reason}); check the network connection',
          values: { reason: reasonOf(what.error, i18n) },
        }),
      );
    case 'http':
      return failed(url, whereWords(RESPONSE, i18n), describeHttpFailure(what.response, i18n));
    case 'brokeOff':
      return failed(
        url,
        whereWords(RESPONSE, i18n),
        i18n._({
          id: 'checks.brokeOff',
          message: 'the download broke off ({reason})',
          values: { reason: reasonOf(what.error, i18n) },
        }),
      );
    case 'htmlPage':
      return htmlPage(url, i18n);
    case 'empty':
      // A link may name a CSV or KML file, so nothing here speaks of JSON.
      return failed(
        url,
        whereWords(WHOLE_FILE, i18n),
        i18n._({ id: 'checks.emptyAnswer', message: 'the file is empty (the server sent nothing)' }),
      );
  }
}

/** JSON.parse, its failure as a problem in the instance's language (the checks' words must be loaded). */
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
