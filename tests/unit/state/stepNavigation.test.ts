import { describe, expect, it } from 'vitest';
import type { Tour, TourStep } from '../../../src/model/tour.ts';
import { stepAfterMove, stepNumber } from '../../../src/state/stepNavigation.ts';

function step(id: string): TourStep {
  return { id, title: id, text: id, quotes: [], focusIncidentIds: [], bounds: [0, 0, 1, 1] };
}

const tour: Tour = { title: 'Three steps', steps: [step('one'), step('two'), step('three')] };

describe('stepAfterMove', () => {
  it('moves one step either way, and jumps to either end', () => {
    expect(stepAfterMove(tour, 'two', 'next').id).toBe('three');
    expect(stepAfterMove(tour, 'two', 'previous').id).toBe('one');
    expect(stepAfterMove(tour, 'two', 'first').id).toBe('one');
    expect(stepAfterMove(tour, 'two', 'last').id).toBe('three');
  });

  it('stays at the ends rather than wrapping round or leaving', () => {
    expect(stepAfterMove(tour, 'three', 'next').id).toBe('three');
    expect(stepAfterMove(tour, 'one', 'previous').id).toBe('one');
  });

  it('starts at the first step when none (or an unknown one) is presented', () => {
    expect(stepAfterMove(tour, null, 'next').id).toBe('one');
    expect(stepAfterMove(tour, 'nowhere', 'previous').id).toBe('one');
  });
});

describe('stepNumber', () => {
  it('counts from 1, as the progress "2 / 3" does', () => {
    expect(stepNumber(tour, 'two')).toBe(2);
    expect(stepNumber(tour, 'nowhere')).toBeNull();
  });
});
