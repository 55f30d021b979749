import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/model/story.ts';
import { reconcileViewState } from '../../../src/state/reconcileViewState.ts';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState.ts';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';

describe('reconcileViewState: tour steps', () => {
  const story = fixtureStory();
  const withTour: Story = {
    ...story,
    tour: {
      title: 'Tour',
      steps: [{ id: 'panjgur', title: 'P', text: 'T', quotes: [], focusIncidentIds: [], bounds: [0, 0, 1, 1] }],
    },
  };

  it('keeps a step the story’s tour has', () => {
    const state = { ...DEFAULT_VIEW_STATE, tourStepId: 'panjgur' };
    expect(reconcileViewState(state, withTour)).toEqual({ state, ignored: [] });
  });

  it('drops and reports a step the tour does not have, or any step when there is no tour', () => {
    const state = { ...DEFAULT_VIEW_STATE, tourStepId: 'nowhere' };
    expect(reconcileViewState(state, withTour)).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: ['step: this story has no tour step "nowhere"'],
    });
    expect(reconcileViewState({ ...state, tourStepId: 'panjgur' }, story).state.tourStepId).toBeNull();
  });
});
