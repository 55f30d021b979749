/**
 * One thing wrong with a file, before the reading path knows the file's name: `path` says where in the file (a JSON
 * path such as `features[2].geometry`, or `row 5, column latitude`), `message` says what is wrong in words a reader can
 * act on. The reading path adds the file's name to make a `DataProblem`.
 */
export interface FormatProblem {
  path: string;
  message: string;
}
