import type { z } from '../../model/zod.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import { formatRecordPath } from './formatRecordPath.ts';

/**
 * Zod's issues as problems a person can act on: like the model's `describeIssues`, but a path through an array of
 * records (`features[2]`) also names the record's id, looked up in the data that failed.
 */
export function describeRecordIssues(
  origin: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
): DataProblem[] {
  return issues.map((issue) => ({ origin, path: formatRecordPath(issue.path, data), message: issue.message }));
}
