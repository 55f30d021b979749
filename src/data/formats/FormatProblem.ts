/**
 * One thing wrong with a file, before the reading path knows the file's name: `path` says where in the file (a JSON
 * path such as `features[2].geometry`, or `row 5, column latitude`), `message` says what is wrong in words a reader can
 * act on, in the language of the I18n instance the reader was given. The reading path adds the file's name to make a
 * `DataProblem`, and words the path's markers and its "row" and "line" (whereWords): the readers write them as below,
 * the same in every language, because the reading path finds a record again by them.
 */
export interface FormatProblem {
  path: string;
  message: string;
}

/** A problem about the whole file, not a place in it. */
export const WHOLE_FILE = '(file)';
/** A problem about the file's top-level value. */
export const TOP_LEVEL = '(top level)';
/** The file is one Feature: where its problems are. */
export const THE_FEATURE = '(the feature)';
/** The file is one bare geometry: where its feature is. */
export const THE_GEOMETRY = '(the geometry)';

/** A CSV's record, counting the header as row 1. */
export function rowPath(row: number): string {
  return `row ${row}`;
}

/** A cell of a CSV. */
export function cellPath(row: number, column: string): string {
  return `row ${row}, column ${column}`;
}

/** A line of GeoJSON lines, as the reader's editor counts it. */
export function linePath(line: number): string {
  return `line ${line}`;
}
