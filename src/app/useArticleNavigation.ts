import { useCallback, useRef, useState, type RefObject } from 'react';
import type { StoryIndex } from '../data/index/storyIndex.ts';
import type { PassageRevealRequest } from '../panels/article/passageReveal.ts';
import { preferredScrollBehavior } from '../ui/reducedMotion.ts';
import { viewReducer, type ViewAction } from '../state/viewReducer.ts';
import type { ViewState } from '../state/viewState.ts';
import { formatViewUrl } from '../state/viewUrl.ts';

export interface ArticleNavigation {
  /** What the article should bring into view; starts with the passage a shared link names. */
  revealRequest: PassageRevealRequest | null;
  /** From a popup: mark the passage, bring it into view and move focus there. */
  showPassage: (passageId: string, incidentId: string) => void;
  /**
   * From the side column (a quote in the article, a row of the list): select the incident, bringing the map into view
   * where the page scrolls (phones).
   */
  selectBesideMap: (incidentId: string) => void;
  incidentHref: (incidentId: string) => string;
  /** The element around the map, to scroll back to. */
  mapAreaRef: RefObject<HTMLDivElement | null>;
}

/** The two ways between the map and the article beside it: a popup's paragraph link, and a quote's link back. */
export function useArticleNavigation(
  index: StoryIndex,
  view: ViewState,
  dispatch: (action: ViewAction) => void,
): ArticleNavigation {
  const [revealRequest, setRevealRequest] = useState<PassageRevealRequest | null>(() =>
    view.highlightedPassageId === null ? null : { passageId: view.highlightedPassageId, moveFocus: false },
  );
  const mapAreaRef = useRef<HTMLDivElement>(null);

  const showPassage = useCallback(
    (passageId: string, incidentId: string) => {
      dispatch({ type: 'showPassage', passageId, incidentId });
      setRevealRequest({ passageId, moveFocus: true });
    },
    [dispatch],
  );

  const selectBesideMap = useCallback(
    (incidentId: string) => {
      dispatch({ type: 'selectIncident', incidentId });
      const onMap = (index.incidentsById.get(incidentId)?.geometry ?? null) !== null;
      const mapArea = mapAreaRef.current;
      // Where the page scrolls (phones) the map stands above the article, perhaps out of sight: bring it back so the
      // reader sees the popup open. "nearest" leaves alone a map already in view, as it always is side by side.
      if (onMap && mapArea !== null && typeof mapArea.scrollIntoView === 'function') {
        mapArea.scrollIntoView({ behavior: preferredScrollBehavior(), block: 'nearest' });
      }
    },
    [dispatch, index],
  );

  const incidentHref = useCallback(
    (incidentId: string) =>
      formatViewUrl(
        viewReducer(view, { type: 'selectIncident', incidentId }),
        new URLSearchParams(window.location.search),
      ),
    [view],
  );

  return { revealRequest, showPassage, selectBesideMap, incidentHref, mapAreaRef };
}
