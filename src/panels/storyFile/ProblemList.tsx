import type { DataProblem } from '../../model/describeIssues.ts';

interface ProblemListProps {
  problems: readonly DataProblem[];
}

/** Problems with data, each as "where › field: what is wrong", the place isolated so that odd file names stay legible. */
export function ProblemList({ problems }: ProblemListProps) {
  return (
    <ul className="load-error__problems">
      {problems.map((problem, index) => (
        <li key={`${problem.origin}-${problem.path}-${index}`}>
          <code className="load-error__where">
            <bdi>{problem.origin}</bdi> › <bdi>{problem.path}</bdi>
          </code>
          : {problem.message}
        </li>
      ))}
    </ul>
  );
}
