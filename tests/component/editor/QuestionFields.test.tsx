// @vitest-environment jsdom
import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';
import { fireEvent, render, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/editor/draft/checkDraft.ts';
import { draftFromStory, withStory, type StoryDraft } from '../../../src/editor/draft/storyDraft.ts';
import { DraftProblemsContext } from '../../../src/editor/form/DraftProblems.ts';
import { answerOptions } from '../../../src/editor/tour/answerCitations.ts';
import { QuestionFields } from '../../../src/editor/tour/QuestionFields.tsx';
import { setQuestions } from '../../../src/editor/tour/tourSteps.ts';
import type { Story } from '../../../src/model/story.ts';
import type { TourStep } from '../../../src/model/tour.ts';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';

function storyWithTour(): Story {
  const story = fixtureStory();
  const step: TourStep = {
    id: 'panjgur',
    title: 'Panjgur',
    text: 'A strike in Panjgur.',
    quotes: [],
    // An overview, so that a tour of this one step keeps the tour's own rules.
    focusIncidentIds: [],
    bounds: [60, 25, 66, 29],
  };
  return { ...story, tour: { title: 'A tour', steps: [step] } };
}

/** The first step's questions as the tour view shows them, with the draft's checks beside each field. */
function renderQuestions(story: Story) {
  let latest: StoryDraft = draftFromStory('test', story);
  function Harness() {
    const [draft, setDraft] = useState(latest);
    latest = draft;
    const check = useMemo(() => checkDraft(draft, englishChecksI18n), [draft]);
    const tour = draft.story.tour;
    const step = tour?.steps[0];
    if (tour === null || step === undefined) throw new Error('the story has no step');
    return (
      <DraftProblemsContext value={{ story: draft.story, byPath: check.byPath }}>
        <QuestionFields
          step={step}
          stepLabel="Step 1"
          path={['tour', 'steps', 0, 'questions']}
          options={answerOptions(draft.story.incidents)}
          takenIds={(step.questions ?? []).map((question) => question.id)}
          onChange={(questions) =>
            setDraft((current) => withStory(current, { tour: setQuestions(tour, step.id, questions) }))
          }
        />
      </DraftProblemsContext>
    );
  }
  render(<Harness />);
  return { step: () => latest.story.tour?.steps[0], draft: () => latest };
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the editor’s questions for a tour step', () => {
  it('writes a question with its answer and the words that give it, from the article and an outside source', () => {
    const editor = renderQuestions(storyWithTour());
    fireEvent.click(screen.getByRole('button', { name: 'Add a question to Step 1' }));
    type('Step 1, question 1: the question', 'When did the strike happen, and who says so?');
    // An open question so far: no answer at all, not an empty one.
    expect(editor.step()?.questions).toEqual([
      { id: 'panjgur-question-1', question: 'When did the strike happen, and who says so?', answer: null },
    ]);
    type('Step 1, question 1: the answer', 'Arab News gives the time; the article says what Tehran claimed.');
    // An answer without the words that give it is a problem, shown beside the checks.
    const checks = screen.getByRole('group', { name: 'Step 1, question 1: the words that answer it' });
    expect(checks.textContent).toMatch(/needs at least 1 item/);
    // An outside source's words are named with the source's title.
    fireEvent.click(screen.getByLabelText('“at around 5:30 pm” (Iranian strike kills two children)'));
    fireEvent.click(screen.getByLabelText(/^“Tehran said it had attacked two bases/));
    expect(editor.step()?.questions?.[0]?.answer).toEqual({
      text: 'Arab News gives the time; the article says what Tehran claimed.',
      citations: [
        { type: 'outside', incidentId: 'strike-panjgur', sourceId: 'arab-news', words: 'at around 5:30 pm' },
        {
          type: 'article',
          quote: {
            passageId: 'p6',
            exact:
              'Tehran said it had attacked two bases of the Balochi militant group Jaish al Adl in Pakistani territory',
          },
        },
      ],
    });
    // Every check the editor runs passes: the cited words are found where the answer says.
    expect(
      checkDraft(editor.draft(), englishChecksI18n).problems.filter((problem) => problem.path.startsWith('tour')),
    ).toEqual([]);
  });

  it('keeps a question’s own citations shown and ticked, and drops the field when the last question goes', () => {
    const story = storyWithTour();
    const step = story.tour?.steps[0];
    if (step === undefined) throw new Error('no step');
    // Words that are part of what a claim quotes, as the built-in story's answers cite: not one of the options.
    step.questions = [
      {
        id: 'when',
        question: 'When?',
        answer: {
          text: 'Around half past five.',
          citations: [{ type: 'outside', incidentId: 'strike-panjgur', sourceId: 'arab-news', words: '5:30 pm' }],
        },
      },
    ];
    // A citation written with its fields in another order is the same citation: one box, ticked.
    step.questions.push({
      id: 'who',
      question: 'Who?',
      answer: {
        text: 'Islamabad.',
        citations: [
          { quote: { exact: 'in which Islamabad claimed 2 children died', passageId: 'p5' }, type: 'article' },
        ],
      },
    });
    const editor = renderQuestions(story);
    const boxes = screen.getAllByLabelText<HTMLInputElement>('“in which Islamabad claimed 2 children died”');
    expect(boxes.map((box) => box.checked)).toEqual([false, true]);
    expect(screen.getByLabelText<HTMLInputElement>('“5:30 pm” (Iranian strike kills two children)').checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Step 1, question 1' }));
    expect(editor.step()?.questions?.map((question) => question.id)).toEqual(['who']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Step 1, question 1' }));
    expect(editor.step()).not.toHaveProperty('questions');
  });
});
