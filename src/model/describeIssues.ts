/** Where a problem is, and what it is, in words a person can act on. */
export interface DataProblem {
  /** The file or URL the data came from. */
  origin: string;
  /** The path into the data, e.g. 'incidents.features[2] (id "strike-north") › properties.when.date'. */
  path: string;
  message: string;
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.origin} › ${problem.path}: ${problem.message}`;
}
