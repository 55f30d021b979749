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
      ignored: [{ field: 'step', reason: 'no-such-step', value: 'nowhere' }],
    });
    expect(reconcileViewState({ ...state, tourStepId: 'panjgur' }, story).state.tourStepId).toBeNull();
  });
});

describe('reconcileViewState: the span of days', () => {
  const story = fixtureStory();
  const dates = story.incidents.features.flatMap((incident) => incident.properties.when?.date ?? []).sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';

  it('keeps a span inside the story’s days, and ends beyond them on the open side', () => {
    for (const dateSpan of [
      { from: first, to: last },
      { from: '2000-01-01', to: null },
      { from: null, to: '2099-12-31' },
      { from: '2000-01-01', to: '2099-12-31' },
    ]) {
      const state = { ...DEFAULT_VIEW_STATE, dateSpan };
      expect(reconcileViewState(state, story)).toEqual({ state, ignored: [] });
    }
  });

  it('drops and reports a start after the story’s last day and an end before its first: they would show nothing', () => {
    expect(reconcileViewState({ ...DEFAULT_VIEW_STATE, dateSpan: { from: '2099-01-01', to: null } }, story)).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [{ field: 'from', reason: 'after-last-day', value: '2099-01-01', other: last }],
    });
    expect(reconcileViewState({ ...DEFAULT_VIEW_STATE, dateSpan: { from: null, to: '2000-01-01' } }, story)).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [{ field: 'to', reason: 'before-first-day', value: '2000-01-01', other: first }],
    });
    // One end dropped, the other kept.
    expect(
      reconcileViewState({ ...DEFAULT_VIEW_STATE, dateSpan: { from: '2099-01-01', to: last } }, story).state.dateSpan,
    ).toEqual({ from: null, to: last });
  });

  it('keeps any span of a story with no dated incidents: it has no timeline, and the span hides none of it', () => {
    const undated: Story = {
      ...story,
      incidents: {
        ...story.incidents,
        features: story.incidents.features.filter((incident) => incident.properties.when === null),
      },
    };
    const state = { ...DEFAULT_VIEW_STATE, dateSpan: { from: '2099-01-01', to: '2000-01-01' } };
    expect(reconcileViewState(state, undated)).toEqual({ state, ignored: [] });
  });
});
