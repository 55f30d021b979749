import { useId } from 'react';
import type { DataProblem } from '../../model/describeIssues.ts';
import { ProblemList } from './ProblemList.tsx';
import './storyFile.css';

interface StoryFileProblemsProps {
  fileName: string;
  problems: readonly DataProblem[];
  /** True when a story is on screen (it stays); false when there was none to keep. */
  storyStays: boolean;
  onDismiss: () => void;
}

/** Why a file the reader opened was not shown, problem by problem; the story on screen is left as it was. */
export function StoryFileProblems({ fileName, problems, storyStays, onDismiss }: StoryFileProblemsProps) {
  const headingId = useId();
  return (
    <section className="story-file-problems" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId} className="story-file-problems__heading">
        <bdi>{fileName}</bdi> could not be opened
      </h2>
      <p className="story-file-problems__note">
        {storyStays ? 'The story on screen stays as it was. ' : ''}
        Each line names the file, the record and the field, then what is wrong:
      </p>
      <ProblemList problems={problems} />
      <button type="button" className="story-file-problems__dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
