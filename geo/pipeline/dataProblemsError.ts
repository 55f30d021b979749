import { formatProblem, type DataProblem } from '../../src/model/describeIssues.ts';

/** A build stopped by data that is wrong, carrying every problem found so one run reports them all. */
export class DataProblemsError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataProblemsError';
    this.problems = problems;
  }
}
