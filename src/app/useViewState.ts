import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../model/story.ts';
import { reconcileViewState } from '../state/reconcileViewState.ts';
import { historyModeFor, viewReducer, type ViewAction } from '../state/viewReducer.ts';
import type { ViewState } from '../state/viewState.ts';
import type { LinkProblem } from '../state/linkProblems.ts';
import { formatViewUrl, parseViewUrl } from '../state/viewUrl.ts';

export interface ViewStateHandle {
  state: ViewState;
  dispatch: (action: ViewAction) => void;
  /** What the page's link asked for that could not be used, one per field. */
  ignoredFromUrl: LinkProblem[];
}

function readViewFromLocation(story: Story): { state: ViewState; ignored: LinkProblem[] } {
  const parsed = parseViewUrl(window.location.search);
  const reconciled = reconcileViewState(parsed.state, story);
  return { state: reconciled.state, ignored: [...parsed.ignored, ...reconciled.ignored] };
}

function urlFor(state: ViewState): string {
  const query = formatViewUrl(state, new URLSearchParams(window.location.search));
  return `${window.location.pathname}${query}${window.location.hash}`;
}

/**
 * The view state, kept in the URL: a selection makes a history entry (Back undoes it), a map move rewrites the
 * current one, and Back or Forward restores whatever the URL then says.
 */
export function useViewState(story: Story): ViewStateHandle {
  const [initial] = useState(() => readViewFromLocation(story));
  const [state, setState] = useState(initial.state);
  const [ignoredFromUrl, setIgnoredFromUrl] = useState(initial.ignored);
  const current = useRef(state);

  const dispatch = useCallback((action: ViewAction) => {
    const next = viewReducer(current.current, action);
    if (next === current.current) return;
    current.current = next;
    setState(next);
    const mode = historyModeFor(action);
    if (mode === 'push') window.history.pushState(null, '', urlFor(next));
    if (mode === 'replace') window.history.replaceState(null, '', urlFor(next));
  }, []);

  useEffect(
    function restoreOnHistoryNavigation() {
      function restore() {
        const { state: fromUrl, ignored } = readViewFromLocation(story);
        // The view to return to after a presentation is not in the link: Back and Forward between steps keep it.
        const { tourReturn } = current.current;
        const restored = fromUrl.tourStepId !== null && tourReturn !== null ? { ...fromUrl, tourReturn } : fromUrl;
        current.current = restored;

        setState(restored);
        setIgnoredFromUrl(ignored);
      }
      window.addEventListener('popstate', restore);
      return () => window.removeEventListener('popstate', restore);
    },
    [story],
  );

  return { state, dispatch, ignoredFromUrl };
}
