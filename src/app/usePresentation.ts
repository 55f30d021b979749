import { useCallback, useEffect, useMemo } from 'react';
import type { Story } from '../model/story.ts';
import type { Tour, TourStep } from '../model/tour.ts';
import { stepAfterMove, stepNumber, type StepMove } from '../state/stepNavigation.ts';
import type { ViewAction } from '../state/viewReducer.ts';
import type { ViewState } from '../state/viewState.ts';

export interface Presentation {
  /** The story's tour; null when it has none (and so no "Present" button). */
  tour: Tour | null;
  /** The step presented, or null when not presenting. */
  step: TourStep | null;
  /** The step's place in the tour, from 1; 0 when not presenting. */
  stepNumber: number;
  present: () => void;
  move: (move: StepMove) => void;
  leave: () => void;
}

/** Full screen where the browser allows: a refusal (no user gesture, an iframe without permission) changes nothing. */
function enterFullScreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement !== null || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

function exitFullScreen(): void {
  if (document.fullscreenElement === null || typeof document.exitFullscreen !== 'function') return;
  document.exitFullscreen().catch(() => undefined);
}

/**
 * Presentation mode, kept in the view state (`step=` in the link) so that a link opens a step, and Back and Forward
 * move between steps. Entering remembers the reader's view; leaving restores it.
 */
export function usePresentation(story: Story, view: ViewState, dispatch: (action: ViewAction) => void): Presentation {
  const { tour } = story;
  const step = useMemo(
    () => tour?.steps.find((candidate) => candidate.id === view.tourStepId) ?? null,
    [tour, view.tourStepId],
  );
  const presenting = step !== null;

  const present = useCallback(() => {
    if (tour === null) return;
    enterFullScreen();
    dispatch({ type: 'showTourStep', stepId: stepAfterMove(tour, null, 'first').id });
  }, [tour, dispatch]);

  const move = useCallback(
    (stepMove: StepMove) => {
      if (tour === null) return;
      dispatch({ type: 'showTourStep', stepId: stepAfterMove(tour, view.tourStepId, stepMove).id });
    },
    [tour, view.tourStepId, dispatch],
  );

  const leave = useCallback(() => dispatch({ type: 'leaveTour' }), [dispatch]);

  useEffect(
    function leaveFullScreenWithPresentation() {
      // However the presentation ends (Esc, the Leave button, Back past its first step), full screen ends with it.
      if (!presenting) exitFullScreen();
    },
    [presenting],
  );

  useEffect(
    function leavePresentationWithFullScreen() {
      // The browser takes the first Esc in full screen for itself and ends full screen: that ends the presentation too,
      // so one Esc always leaves, as the presenter expects.
      if (!presenting) return undefined;
      let wasFullScreen = document.fullscreenElement !== null;
      function onFullScreenChange() {
        const isFullScreen = document.fullscreenElement !== null;
        if (wasFullScreen && !isFullScreen) dispatch({ type: 'leaveTour' });
        wasFullScreen = isFullScreen;
      }
      document.addEventListener('fullscreenchange', onFullScreenChange);
      return () => document.removeEventListener('fullscreenchange', onFullScreenChange);
    },
    [presenting, dispatch],
  );

  return { tour, step, stepNumber: step && tour ? (stepNumber(tour, step.id) ?? 0) : 0, present, move, leave };
}
