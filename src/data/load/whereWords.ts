import type { I18n, MessageDescriptor } from '../../i18n/i18n.ts';
import { THE_FEATURE, THE_GEOMETRY, TOP_LEVEL, WHOLE_FILE } from '../formats/FormatProblem.ts';

/**
 * What a problem's path says when the problem is about no field of the data: the whole file, its top level, the
 * request for it or the server's answer; and, from the readers of points, the one feature or bare geometry a file
 * holds. The readers of points (data/formats) and the fetch of the build's own files write the markers as they are
 * here; they are worded where a problem is made for the reader.
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

/** Markers a path into a one-feature file begins with: "(the feature) (id "a").geometry". */
const PREFIX_WORDS: [string, MessageDescriptor][] = [
  [THE_FEATURE, /*i18n*/ { id: 'checks.where.theFeature', message: '(the feature)' }],
  [THE_GEOMETRY, /*i18n*/ { id: 'checks.where.theGeometry', message: '(the geometry)' }],
];

// The readers' records (FormatProblem.ts): a CSV's cell and row, a line of GeoJSON lines, then the rest of the path.
const CELL = /^row (\d+), column (.*)$/s;
const RECORD = /^(row|line) (\d+)(?=$|[ .[])(.*)$/s;

/** "row 5", "line 3", "row 5, column latitude" in the instance's language; the rest of the path as the data has it. */
function recordWords(path: string, i18n: I18n): string | null {
  const cell = CELL.exec(path);
  if (cell !== null) {
    return i18n._({
      id: 'checks.where.cell',
      message: 'row {row}, column {column}',
      values: { row: cell[1] ?? '', column: cell[2] ?? '' },
    });
  }
  const record = RECORD.exec(path);
  if (record === null) return null;
  const [, kind, number = '', rest = ''] = record;
  const words =
    kind === 'row'
      ? i18n._({ id: 'checks.where.row', message: 'row {row}', values: { row: number } })
      : i18n._({ id: 'checks.where.line', message: 'line {line}', values: { line: number } });
  return `${words}${rest}`;
}

/**
 * A problem's path in the instance's language: a path into the data stays as the data has it (field names, ids); a
 * marker for a problem about no field (the file, its top level, the request, the answer) is worded, and so are a
 * reader's "row 5" and "line 3". Done where the checks make a problem, so that the lists of the first load show paths
 * as they are and carry no words for them.
 */
export function whereWords(path: string, i18n: I18n): string {
  const words = MARKER_WORDS[path];
  if (words !== undefined) return i18n._(words);
  for (const [marker, markerWords] of PREFIX_WORDS) {
    if (path.startsWith(marker)) return `${i18n._(markerWords)}${path.slice(marker.length)}`;
  }
  return recordWords(path, i18n) ?? path;
}
