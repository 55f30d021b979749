import { loadPart, type I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import { describeHttpFailure, htmlPage, reasonOf } from './answerProblems.ts';
import { failed } from './fetchText.ts';
import { REQUEST, RESPONSE, WHOLE_FILE, whereWords } from './whereWords.ts';

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
