import type { AnswerCitation, DiscussionQuestion, TourStep } from '../../model/tour.ts';
import { freeId } from '../draft/storyDraft.ts';
import { useFieldProblems } from '../form/DraftProblems.ts';
import { TextField } from '../form/Field.tsx';
import { answerKey, optionsFor, type AnswerChoices, type AnswerOption } from './answerCitations.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { shortWords } from '../form/shortWords.ts';

interface QuestionFieldsProps {
  step: TourStep;
  /** "Step 2", for the labels. */
  stepLabel: string;
  path: readonly PropertyKey[];
  options: AnswerChoices;
  /** Every question id in the tour: ids are unique across steps. */
  takenIds: readonly string[];
  onChange: (questions: DiscussionQuestion[], typingIn?: string) => void;
}

/** An answer with neither words nor citations is no answer: the question is left open. */
function answerOf(text: string, citations: readonly AnswerCitation[]): DiscussionQuestion['answer'] {
  return text === '' && citations.length === 0 ? null : { text, citations: [...citations] };
}

/** A step's questions for the class, each with the teacher's answer and the words that answer it. */
export function QuestionFields({ step, stepLabel, path, options, takenIds, onChange }: QuestionFieldsProps) {
  const i18n = useI18n();
  const questions = step.questions ?? [];
  const questionLabel = (index: number) =>
    i18n._({
      id: 'editor.question.label',
      message: '{step}, question {number, number}',
      values: { step: stepLabel, number: index + 1 },
    });
  const setQuestion = (index: number, change: Partial<DiscussionQuestion>, field?: string) =>
    onChange(
      questions.map((question, at) => (at === index ? { ...question, ...change } : question)),
      field === undefined ? undefined : `${step.id}.question.${index}.${field}`,
    );
  return (
    <fieldset className="editor-checks">
      <legend>
        {i18n._({
          id: 'editor.question.legend',
          message: '{step}: questions for the class',
          values: { step: stepLabel },
        })}
      </legend>
      <p className="editor-field__hint">
        {i18n._({
          id: 'editor.question.hint',
          message: 'Asked in presentation mode and printed on the worksheet; an answer cites the words that give it.',
        })}
      </p>
      <ol className="editor-records">
        {questions.map((question, index) => (
          <li key={question.id} className="editor-record">
            <TextField
              label={i18n._({
                id: 'editor.question.question',
                message: '{question}: the question',
                values: { question: questionLabel(index) },
              })}
              hint={i18n._({
                id: 'editor.question.questionHint',
                message: 'What to ask, e.g. “Who says how many were killed?”',
              })}
              path={[...path, index, 'question']}
              value={question.question}
              multiline
              onChange={(text) => setQuestion(index, { question: text }, 'question')}
            />
            <TextField
              label={i18n._({
                id: 'editor.question.answer',
                message: '{question}: the answer',
                values: { question: questionLabel(index) },
              })}
              hint={i18n._({
                id: 'editor.question.answerHint',
                message: 'Leave it empty, with no words ticked below, for an open question.',
              })}
              path={[...path, index, 'answer', 'text']}
              value={question.answer?.text ?? ''}
              multiline
              onChange={(text) =>
                setQuestion(index, { answer: answerOf(text, question.answer?.citations ?? []) }, 'answer')
              }
            />
            <AnswerCitationChecks
              label={i18n._({
                id: 'editor.question.citations',
                message: '{question}: the words that answer it',
                values: { question: questionLabel(index) },
              })}
              path={[...path, index, 'answer', 'citations']}
              cited={question.answer?.citations ?? []}
              options={options}
              onChange={(citations) => setQuestion(index, { answer: answerOf(question.answer?.text ?? '', citations) })}
            />
            <button type="button" onClick={() => onChange(questions.filter((_, at) => at !== index))}>
              {i18n._({
                id: 'editor.question.remove',
                message: 'Remove {question}',
                values: { question: questionLabel(index) },
              })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const id = freeId(`${step.id}-question-${questions.length + 1}`, takenIds);
          onChange([...questions, { id, question: '', answer: null }]);
        }}
      >
        {i18n._({ id: 'editor.question.add', message: 'Add a question to {step}', values: { step: stepLabel } })}
      </button>
    </fieldset>
  );
}

interface AnswerCitationChecksProps {
  label: string;
  path: readonly PropertyKey[];
  cited: readonly AnswerCitation[];
  options: AnswerChoices;
  onChange: (citations: AnswerCitation[]) => void;
}

/** The words an answer cites, ticked among those the story cites; with the checks' problems beside them. */
function AnswerCitationChecks({ label, path, cited, options, onChange }: AnswerCitationChecksProps) {
  const i18n = useI18n();
  const { key, messages } = useFieldProblems(path);
  const citedKeys = new Set(cited.map(answerKey));
  const problemsId = `answer-${key.replace(/[^a-z0-9]+/gi, '-')}-problems`;
  const all = optionsFor(cited, options);
  const ticked = all.filter((option) => citedKeys.has(answerKey(option.citation)));
  const words = (option: AnswerOption) =>
    option.source === null
      ? translateNodes(
          i18n,
          /*i18n*/ { id: 'editor.tour.quote', message: '“{words}”' },
          { words: <StoryText>{shortWords(option.words, 90)}</StoryText> },
        )
      : translateNodes(
          i18n,
          /*i18n*/ { id: 'editor.question.outsideWords', message: '“{words}” ({source})' },
          {
            words: <StoryText>{shortWords(option.words, 90)}</StoryText>,
            source: <StoryText>{option.source}</StoryText>,
          },
        );
  const check = (option: AnswerOption) => {
    const optionKey = answerKey(option.citation);
    return (
      <label key={optionKey}>
        <input
          type="checkbox"
          data-problem-path={key}
          checked={citedKeys.has(optionKey)}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? [...cited, option.citation]
                : cited.filter((citation) => answerKey(citation) !== optionKey),
            )
          }
        />{' '}
        {words(option)}
      </label>
    );
  };
  return (
    <fieldset
      className={messages.length > 0 ? 'editor-checks editor-field--invalid' : 'editor-checks'}
      aria-describedby={problemsId}
    >
      <legend>{label}</legend>
      {ticked.length > 0 && (
        <ul className="editor-field__hint">
          {ticked.map((option) => (
            <li key={answerKey(option.citation)}>{words(option)}</li>
          ))}
        </ul>
      )}
      {/* A story cites many words: they wait behind one control, so a step's questions stay short. The boxes keep their
          order when ticked, so the one just ticked keeps the focus. */}
      <details>
        <summary>
          {i18n._({
            id: 'editor.question.chooseWords',
            message: 'Choose among the words the story cites ({count, plural, =0 {none ticked} other {# ticked}})',
            values: { count: ticked.length },
          })}
        </summary>
        {all.map(check)}
      </details>
      <div className="editor-field__problems" id={problemsId}>
        {messages.map((problem) => (
          <p key={problem}>{problem}</p>
        ))}
      </div>
    </fieldset>
  );
}
