import { useCallback, useEffect, useRef, useState } from 'react';
import { loadBasemap, type BasemapLoad } from '../data/load/loadBasemap.ts';
import { loadStory, type StoryLoad } from '../data/load/loadStory.ts';
import type { StoryLoadProgress } from '../data/load/storyLoadProgress.ts';
import type { FetchLike } from '../data/load/fetchText.ts';
import type { StoryDataUrls } from '../data/load/storyDataUrls.ts';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';
import type { OpeningStory } from './openingStory.ts';
import { useAsyncLoad, type Loading } from './useAsyncLoad.ts';

export interface StoryData {
  story: StoryLoad | Loading;
  /** How far the story has come while it loads, where the loader can tell (a link's download, a large story's read). */
  progress: StoryLoadProgress | null;
  basemap: BasemapLoad | Loading;
  /** Asks for the offline basemap: until then it is not fetched (and stays loading). */
  wantBasemap: () => void;
  /** Loads both files again, for the error panel's Retry button. */
  retry: () => void;
}

/**
 * The story, and the offline basemap once something needs it: the map when it is drawn without tiles (none
 * configured, chosen by the reader, or failing), or the editor. A map drawn on tiles never needs it, and fetched
 * beside the story it took a slow connection's bandwidth from the story and the map's first tiles (Lighthouse's slow
 * 4G painted the first tiles later by about a second when the file came uncompressed, as `vite preview` serves it). The offline app keeps its copy (the service worker precaches it),
 * so a classroom without network still finds it at once when the tiles fail.
 */
export function useStoryData(urls: StoryDataUrls, fetchLike: FetchLike, opening?: OpeningStory): StoryData {
  const { story: storyUrl, basemap: basemapUrl, trustedStory, trustedBasemap, fromLink = false } = urls;
  // A story's problems are worded in the language of the page when it loads; a change of language later does not
  // fetch the story again (Retry words them anew).
  const i18n = useI18n();
  const i18nWhenLoading = useRef(i18n);
  useEffect(function followLanguage() {
    i18nWhenLoading.current = i18n;
  });
  // The load the page began before its first render stands for this hook's first load of that address; a retry
  // (after a failure) fetches afresh.
  const [openingUsable, setOpeningUsable] = useState(true);
  const openingHere = openingUsable && opening !== undefined && opening.url === storyUrl && !fromLink ? opening : null;
  const story = useAsyncLoad(
    useCallback(
      (signal: AbortSignal, report: (progress: StoryLoadProgress) => void) => {
        if (openingHere !== null) {
          const stopFollowing = openingHere.follow(report);
          return openingHere.result.finally(stopFollowing);
        }
        return loadStory(storyUrl, fetchLike, {
          trusted: trustedStory,
          fromLink: fromLink ? { signal, pageUrl: window.location.href } : undefined,
          onProgress: report,
          i18n: i18nWhenLoading.current,
        });
      },
      [storyUrl, fetchLike, trustedStory, fromLink, openingHere],
    ),
    openingHere?.settled == null ? undefined : { result: openingHere.settled },
  );
  const [basemapWanted, setBasemapWanted] = useState(false);
  const wantBasemap = useCallback(() => setBasemapWanted(true), []);
  const loadWantedBasemap = useCallback(
    () => loadBasemap(basemapUrl, fetchLike, { trusted: trustedBasemap, i18n: i18nWhenLoading.current }),
    [basemapUrl, fetchLike, trustedBasemap],
  );
  const basemap = useAsyncLoad(basemapWanted ? loadWantedBasemap : null);
  const { retry: retryStory } = story;
  const { retry: retryBasemap } = basemap;
  const retry = useCallback(() => {
    setOpeningUsable(false);
    retryStory();
    retryBasemap();
  }, [retryStory, retryBasemap]);
  return { story: story.state, progress: story.progress, basemap: basemap.state, wantBasemap, retry };
}
