import type { Tour, TourStep } from '../model/tour.ts';

/** The ways a presenter moves through a tour: a clicker's two buttons, and a jump to either end. */
export type StepMove = 'next' | 'previous' | 'first' | 'last';

/** Where in the tour a step stands, counted from 1 as the progress "3 / 7" says; null for a step it does not have. */
export function stepNumber(tour: Tour, stepId: string): number | null {
  const index = tour.steps.findIndex((step) => step.id === stepId);
  return index === -1 ? null : index + 1;
}

/**
 * The step a move leads to, clamped to the tour: "next" on the last step stays there, so a clicker pressed once too
 * often does not leave the presentation. An unknown current step counts as before the first.
 */
export function stepAfterMove(tour: Tour, currentStepId: string | null, move: StepMove): TourStep {
  const { steps } = tour;
  const current = steps.findIndex((step) => step.id === currentStepId);
  const lastIndex = steps.length - 1;
  const targetIndex = {
    next: current === -1 ? 0 : Math.min(current + 1, lastIndex),
    previous: Math.max(current - 1, 0),
    first: 0,
    last: lastIndex,
  }[move];
  const target = steps[targetIndex];
  // The schema asks for at least one step, so the clamped index always names one.
  if (target === undefined) throw new Error('a tour has at least one step');
  return target;
}
