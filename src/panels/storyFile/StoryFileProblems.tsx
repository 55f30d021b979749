import { useId } from 'react';
import type { DataProblem } from '../../model/describeIssues.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
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
  const i18n = useI18n();
  return (
    <section className="story-file-problems" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId} className="story-file-problems__heading">
        {translateNodes(
          i18n,
          /*i18n*/ { id: 'storyFile.notOpened', message: '{file} could not be opened' },
          { file: <bdi>{fileName}</bdi> },
        )}
      </h2>
      <p className="story-file-problems__note">
        {storyStays
          ? i18n._({
              id: 'storyFile.problemsStoryStays',
              message:
                'The story on screen stays as it was. Each line names the file, the record and the field, then what is wrong:',
            })
          : i18n._({
              id: 'storyFile.problems',
              message: 'Each line names the file, the record and the field, then what is wrong:',
            })}
      </p>
      <ProblemList problems={problems} />
      <button type="button" className="story-file-problems__dismiss" onClick={onDismiss}>
        {i18n._({ id: 'common.dismiss', message: 'Dismiss' })}
      </button>
    </section>
  );
}
