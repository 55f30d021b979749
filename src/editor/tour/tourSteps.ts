import type { BoundingBox } from '../../model/geojson.ts';
import type { QuoteAnchor } from '../../model/quoteAnchor.ts';
import type { DiscussionQuestion, Tour, TourStep } from '../../model/tour.ts';
import { freeId } from '../draft/storyDraft.ts';

/** A new step at the end: the map's view as it is now, no text yet. */
export function addStep(tour: Tour | null, title: string, bounds: BoundingBox): Tour {
  const steps = tour?.steps ?? [];
  const id = freeId(
    `step-${steps.length + 1}`,
    steps.map((step) => step.id),
  );
  const step: TourStep = { id, title: '', text: '', quotes: [], focusIncidentIds: [], bounds };
  return { title: tour?.title ?? title, steps: [...steps, step] };
}

/** The tour with one step moved by `offset` places (−1 earlier, +1 later); unchanged at either end. */
export function moveStep(tour: Tour, stepId: string, offset: -1 | 1): Tour {
  const from = tour.steps.findIndex((step) => step.id === stepId);
  const to = from + offset;
  if (from === -1 || to < 0 || to >= tour.steps.length) return tour;
  const steps = [...tour.steps];
  const [moved] = steps.splice(from, 1);
  if (moved !== undefined) steps.splice(to, 0, moved);
  return { ...tour, steps };
}

/** Without the step; a tour left with none is no tour (a tour has at least one step). */
export function deleteStep(tour: Tour, stepId: string): Tour | null {
  const steps = tour.steps.filter((step) => step.id !== stepId);
  return steps.length === 0 ? null : { ...tour, steps };
}

export function updateStep(tour: Tour, stepId: string, change: Partial<TourStep>): Tour {
  return { ...tour, steps: tour.steps.map((step) => (step.id === stepId ? { ...step, ...change } : step)) };
}

/** The same anchor gives the same key, whatever the order of its fields (a story file's order is its author's). */
export function quoteKey(quote: QuoteAnchor): string {
  return JSON.stringify([quote.passageId, quote.exact, quote.prefix, quote.suffix]);
}

/**
 * The quotes a step may rest on: each one the story's incidents cite, then any the step quotes beyond them (a step may
 * quote words no incident cites), so that every quote the step carries is shown, ticked, and can be taken off.
 */
export function stepQuoteChoices(step: TourStep, cited: readonly QuoteAnchor[]): QuoteAnchor[] {
  const shown = new Set(cited.map(quoteKey));
  const beyond = step.quotes.filter((quote) => {
    const key = quoteKey(quote);
    if (shown.has(key)) return false;
    shown.add(key);
    return true;
  });
  return [...cited, ...beyond];
}

export function toggleQuote(step: TourStep, quote: QuoteAnchor): QuoteAnchor[] {
  const same = (other: QuoteAnchor) => quoteKey(other) === quoteKey(quote);
  return step.quotes.some(same) ? step.quotes.filter((other) => !same(other)) : [...step.quotes, quote];
}

/** The step's questions replaced; a step left with none leaves the field out, as the story format's own steps do. */
export function setQuestions(tour: Tour, stepId: string, questions: readonly DiscussionQuestion[]): Tour {
  return {
    ...tour,
    steps: tour.steps.map((step) => {
      if (step.id !== stepId) return step;
      const next: TourStep = { ...step, questions: [...questions] };
      if (questions.length === 0) delete next.questions;
      return next;
    }),
  };
}
