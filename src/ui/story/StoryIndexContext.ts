import { createContext, use, useMemo } from 'react';
import { indexIncidents, type StoryIndex } from '../../data/index/storyIndex.ts';
import type { IncidentCollection } from '../../model/incident.ts';

/** The index of the story on screen, provided once by the app for map and panels alike. */
export const StoryIndexContext = createContext<StoryIndex | null>(null);

/**
 * The shared index when it is of these incidents; otherwise (a component rendered on its own, or the deferred
 * render of a story just replaced) one of its own, built once per collection.
 */
export function useStoryIndex(incidents: IncidentCollection): StoryIndex {
  const shared = use(StoryIndexContext);
  return useMemo(
    () => (shared !== null && shared.incidents === incidents ? shared : indexIncidents(incidents)),
    [shared, incidents],
  );
}
