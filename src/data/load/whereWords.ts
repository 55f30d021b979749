import type { I18n, MessageDescriptor } from '../../i18n/i18n.ts';
import { TOP_LEVEL, WHOLE_FILE } from '../formats/FormatProblem.ts';

/**
 * What a problem's path says when the problem is about no field of the data: the whole file, its top level, the
 * request for it or the server's answer. The readers of points (data/formats) and the fetch of the build's own files
 * write the markers as they are here; they are worded where a problem is made for the reader (readerWhereWords.ts
 * words the rest of a reader's paths).
 */
export { TOP_LEVEL, WHOLE_FILE };
export const REQUEST = '(request)';
export const RESPONSE = '(response)';

const MARKER_WORDS: Record<string, MessageDescriptor> = {
  [WHOLE_FILE]: /*i18n*/ { id: 'checks.where.file', message: '(file)' },
  [TOP_LEVEL]: /*i18n*/ { id: 'checks.where.topLevel', message: '(top level)' },
  [REQUEST]: /*i18n*/ { id: 'checks.where.request', message: '(request)' },
  [RESPONSE]: /*i18n*/ { id: 'checks.where.response', message: '(response)' },
};

/**
 * A problem's path in the instance's language: a path into the data stays as the data has it (field names, ids); a
 * marker for a problem about no field (the file, its top level, the request, the answer) is worded. Done where the
 * checks make a problem, so that the lists of the first load show paths as they are and carry no words for them.
 */
export function whereWords(path: string, i18n: I18n): string {
  const words = MARKER_WORDS[path];
  return words === undefined ? path : i18n._(words);
}
