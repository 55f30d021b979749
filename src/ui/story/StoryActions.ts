import { createContext, use } from 'react';

/**
 * What a reader can do to the story on screen, from wherever they are: the map, the list, the timeline, the article
 * or a popup. Provided once by the app (LoadedStory), so that components ask for an action rather than being handed
 * it through every component between. Each action keeps its identity for the life of the story: a change would
 * re-render every marker (memoised for stories of thousands) and re-bind its Leaflet events. What changes with the
 * view (a quote's link) is not an action and comes down as a prop.
 */
export interface StoryActions {
  /** A marker's popup opened on the map: select its incident. */
  selectOnMap: (incidentId: string) => void;
  /**
   * From beside the map (a row of the list, a mark of the timeline, a quote in the article): select the incident,
   * bringing the map into sight where the page scrolls (phones).
   */
  selectBesideMap: (incidentId: string) => void;
  /** Select nothing, if this incident is the one selected. */
  deselectIncident: (incidentId: string) => void;
  /** Show a paragraph in the article beside the map, as the words behind this incident. */
  showPassage: (passageId: string, incidentId: string) => void;
}

export const StoryActionsContext = createContext<StoryActions | null>(null);

/** The story's actions; components that only work inside a story (the list, the timeline, the markers) use this. */
export function useStoryActions(): StoryActions {
  const actions = use(StoryActionsContext);
  if (actions === null) throw new Error('useStoryActions: rendered outside a story (no StoryActionsContext above)');
  return actions;
}
