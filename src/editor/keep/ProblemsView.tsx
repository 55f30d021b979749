import type { DataProblem } from '../../model/describeIssues.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';

interface ProblemsViewProps {
  problems: readonly DataProblem[];
  /** Takes the author to the field a problem is about. */
  onShow: (problem: DataProblem) => void;
}

/** What the story still lacks before the viewer can show it, by record and field, each a link to its field. */
export function ProblemsView({ problems, onShow }: ProblemsViewProps) {
  const i18n = useI18n();
  return (
    <section className="editor-view" aria-labelledby="editor-problems-heading">
      <h2 id="editor-problems-heading">{i18n._({ id: 'editor.nav.problems', message: 'Problems' })}</h2>
      {problems.length === 0 ? (
        <p>
          {i18n._({
            id: 'editor.problems.none',
            message: 'None: the story passes every check the viewer and the data build make.',
          })}
        </p>
      ) : (
        <>
          <p>
            {i18n._({
              id: 'editor.problems.intro',
              message:
                'The story can be kept and downloaded as a draft as it is; the viewer opens it once these are fixed.',
            })}
          </p>
          <ul className="editor-problem-list">
            {problems.map((problem, index) => (
              <li key={index}>
                <button type="button" className="editor-link-button" onClick={() => onShow(problem)}>
                  {problem.path}
                </button>
                {i18n._({ id: 'editor.colon', message: ': ' })}
                {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
