import type { I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import { answerText, failed, type FetchedText } from './fetchText.ts';
import { TOP_LEVEL, whereWords } from './whereWords.ts';

// The problems of an answer or a file's text that code outside the first load words as it reads (a story file, a
// bundle, the basemap). They sit apart from fetchFailures.ts, which the first load imports only on demand: a module
// imported both ways would be bundled with its static importers, and the on-demand import would be for nothing.
// The checks' words must be loaded before these are called.

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

export function htmlPage(url: string, i18n: I18n): { status: 'failed'; problems: DataProblem[] } {
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
