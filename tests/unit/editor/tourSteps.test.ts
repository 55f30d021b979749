import { describe, expect, it } from 'vitest';
import { checkTourOrder } from '../../../src/editor/tour/checkTourOrder.ts';
import {
  addStep,
  deleteStep,
  moveStep,
  quoteKey,
  setQuestions,
  stepQuoteChoices,
  toggleQuote,
} from '../../../src/editor/tour/tourSteps.ts';
import { collectArticleQuotes } from '../../../src/data/quotes/collectArticleQuotes.ts';
import { rangeOfWords, wordRanges, wordsOfRange } from '../../../src/editor/cite/wordRanges.ts';
import { editStartFromSearch, searchForEditor } from '../../../src/state/editMode.ts';
import type { Story } from '../../../src/model/story.ts';
import { readFileSync } from 'node:fs';
import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';

const shipped = JSON.parse(
  readFileSync(new URL('../../../public/data/iran-pakistan-2024/story.json', import.meta.url), 'utf8'),
) as Story;

describe('tour steps', () => {
  it('are added with the map’s view, moved, and deleted; a tour without steps is none', () => {
    let tour = addStep(null, 'A tour', [0, 0, 1, 1]);
    tour = addStep(tour, 'ignored', [1, 1, 2, 2]);
    expect(tour.title).toBe('A tour');
    expect(tour.steps.map((step) => step.id)).toEqual(['step-1', 'step-2']);
    expect(moveStep(tour, 'step-2', -1).steps.map((step) => step.id)).toEqual(['step-2', 'step-1']);
    expect(moveStep(tour, 'step-2', 1)).toBe(tour);
    expect(deleteStep(deleteStep(tour, 'step-1') ?? tour, 'step-2')).toBeNull();
  });

  it('offer every quote a step of the shipped tour carries, those no incident cites too, so that each can be taken off', () => {
    const cited = [
      ...new Map(
        [...collectArticleQuotes(shipped.incidents).values()]
          .flat()
          .map((quote) => [quoteKey(quote.anchor), quote.anchor] as const),
      ).values(),
    ];
    const citedKeys = new Set(cited.map(quoteKey));
    const steps = shipped.tour?.steps ?? [];
    // The shipped tour quotes words no incident cites (the overview's "tit-for-tat strikes", for one).
    expect(steps.some((step) => step.quotes.some((quote) => !citedKeys.has(quoteKey(quote))))).toBe(true);
    for (const step of steps) {
      const offered = stepQuoteChoices(step, cited).map(quoteKey);
      expect(
        step.quotes.every((quote) => offered.includes(quoteKey(quote))),
        step.id,
      ).toBe(true);
      // The incidents' quotes first, in their order, each once; then the step's own.
      expect(offered.slice(0, cited.length)).toEqual(cited.map(quoteKey));
      expect(new Set(offered).size).toBe(offered.length);
    }
  });

  it('toggle a quote the step holds with its fields in another order, as a hand-written file may', () => {
    const tour = addStep(null, 'A tour', [0, 0, 1, 1]);
    const [step] = tour.steps;
    if (step === undefined) throw new Error('no step');
    const held = { ...step, quotes: [{ exact: 'the town was shelled', passageId: 'p1' }] };
    expect(toggleQuote(held, { passageId: 'p1', exact: 'the town was shelled' })).toEqual([]);
    expect(toggleQuote(held, { passageId: 'p1', exact: 'the town' })).toHaveLength(2);
  });

  it('set a step’s questions, leaving the field out when none is left', () => {
    const tour = addStep(null, 'A tour', [0, 0, 1, 1]);
    const id = tour.steps[0]?.id ?? '';
    const asked = setQuestions(tour, id, [{ id: 'why', question: 'Why?', answer: null }]);
    expect(asked.steps[0]?.questions).toEqual([{ id: 'why', question: 'Why?', answer: null }]);
    expect(setQuestions(asked, id, []).steps[0]).not.toHaveProperty('questions');
  });

  it('break no rule of the built story’s tour, and a step out of place is a problem, not a crash', () => {
    expect(checkTourOrder(shipped, 'x', englishChecksI18n)).toEqual([]);
    const steps = shipped.tour?.steps ?? [];
    const swapped = { ...shipped, tour: { title: 't', steps: [steps[1]!, steps[0]!, ...steps.slice(2)] } };
    const messages = checkTourOrder(swapped, 'x', englishChecksI18n).map((problem) => problem.message);
    expect(messages.some((message) => message.startsWith('a tour opens with an overview'))).toBe(true);
  });
});

describe('word numbers for choosing words by keyboard', () => {
  const text = 'One two,  three four';
  const words = wordRanges(text);
  it('turn into character ranges and back', () => {
    expect(rangeOfWords(words, 2, 3)).toEqual({ start: 4, end: 15 });
    expect(rangeOfWords(words, 3, 2)).toEqual({ start: 4, end: 15 });
    expect(rangeOfWords(words, 0, 99)).toEqual({ start: 0, end: 20 });
    expect(wordsOfRange(words, { start: 5, end: 12 })).toEqual({ first: 2, last: 3 });
    expect(rangeOfWords([], 1, 1)).toBeNull();
  });
});

describe('the editor’s link', () => {
  it('is ?edit for a new story and ?edit=<key> for a kept one, beside the link’s other parameters', () => {
    expect(editStartFromSearch('?story=x')).toBeNull();
    expect(editStartFromSearch('?edit')).toEqual({ kind: 'new' });
    expect(editStartFromSearch('?edit=ab12-cd')).toEqual({ kind: 'kept', key: 'ab12-cd' });
    expect(editStartFromSearch('?edit=<script>')).toEqual({ kind: 'new' });
    expect(searchForEditor('?story=x', 'k1')).toBe('?story=x&edit=k1');
    expect(searchForEditor('?edit=k1', null)).toBe('');
  });
});
