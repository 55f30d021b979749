import type { I18n, MessageDescriptor } from '../../i18n/i18n.ts';
import { THE_FEATURE, THE_GEOMETRY } from '../formats/FormatProblem.ts';
import { whereWords } from './whereWords.ts';

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
 * A path from the readers of files of points (data/formats) in the instance's language: the markers whereWords
 * words, the one feature or geometry a file holds, and a CSV's "row 5" and "column latitude" or a GeoJSON lines
 * file's "line 3"; what follows (field names, ids) stays as the file has it. Apart from whereWords, so that the first
 * load, which words only the markers, does not carry this.
 */
export function readerWhereWords(path: string, i18n: I18n): string {
  for (const [marker, markerWords] of PREFIX_WORDS) {
    if (path.startsWith(marker)) return `${i18n._(markerWords)}${path.slice(marker.length)}`;
  }
  return recordWords(path, i18n) ?? whereWords(path, i18n);
}
