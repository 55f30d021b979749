import type { z } from './zod.ts';

/** Where a problem is, and what it is, in words a person can act on. */
export interface DataProblem {
  /** The file or URL the data came from. */
  origin: string;
  /** The path into the data, e.g. "incidents.features[2].properties.when.date". */
  path: string;
  message: string;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

export function describeIssues(origin: string, issues: readonly z.core.$ZodIssue[]): DataProblem[] {
  return issues.map((issue) => ({ origin, path: formatPath(issue.path) || '(top level)', message: issue.message }));
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.origin} › ${problem.path}: ${problem.message}`;
}
