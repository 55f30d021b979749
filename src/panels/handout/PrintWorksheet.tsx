import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { Story } from '../../model/story.ts';
import type { DiscussionQuestion } from '../../model/tour.ts';
import { QuestionList } from '../../ui/questions/QuestionList.tsx';

interface PrintWorksheetProps {
  story: Story;
}

interface StepQuestions {
  stepId: string;
  stepTitle: string;
  questions: DiscussionQuestion[];
  firstNumber: number;
}

/** The tour's questions, step by step, numbered across the whole worksheet. */
function questionsByStep(story: Story): StepQuestions[] {
  let next = 1;
  return (story.tour?.steps ?? []).flatMap((step) => {
    const questions = step.questions ?? [];
    if (questions.length === 0) return [];
    const entry = { stepId: step.id, stepTitle: step.title, questions, firstNumber: next };
    next += questions.length;
    return [entry];
  });
}

/** The questions under the title of the step that asks them, answered as the sheet needs. */
function QuestionsByStep({
  steps,
  story,
  answers,
}: {
  steps: StepQuestions[];
  story: Story;
  answers: 'write' | 'key';
}) {
  return steps.map((step) => (
    <section key={step.stepId} className="print-worksheet__step">
      <h3 className="handout__subheading">
        <StoryText>{step.stepTitle}</StoryText>
      </h3>
      <QuestionList
        questions={step.questions}
        passages={story.article.passages}
        incidents={story.incidents}
        answers={answers}
        firstNumber={step.firstNumber}
      />
    </section>
  ));
}

/**
 * The worksheet, printed instead of the handout when the teacher asks for it ("More to print", PrintHandoutButton): the map above,
 * the questions with room to write, then on a page of its own the answer key, each answer with the words it rests
 * on, for the teacher.
 */
export function PrintWorksheet({ story }: PrintWorksheetProps) {
  const steps = questionsByStep(story);
  const i18n = useI18n();
  if (steps.length === 0) return null;
  return (
    <section className="print-worksheet" aria-label={i18n._({ id: 'worksheet.label', message: 'Printable worksheet' })}>
      <h2 className="handout__heading">
        {i18n._({ id: 'worksheet.heading', message: 'Worksheet: read the sources' })}
      </h2>
      <p className="print-worksheet__instructions">
        {i18n._({
          id: 'worksheet.instructions',
          message:
            'Answer from the map and the article. For each answer, write down the words (and the paragraph, ¶) that support it, and who said them.',
        })}
      </p>
      <QuestionsByStep steps={steps} story={story} answers="write" />
      <section className="print-worksheet__key">
        <h2 className="handout__heading">{i18n._({ id: 'worksheet.key', message: 'Answer key, for the teacher' })}</h2>
        <QuestionsByStep steps={steps} story={story} answers="key" />
      </section>
    </section>
  );
}
