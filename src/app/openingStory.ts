import type { I18n } from '../i18n/i18n.ts';
import { browserFetch, type FetchLike } from '../data/load/fetchText.ts';
import { loadStory, type StoryLoad } from '../data/load/loadStory.ts';
import type { StoryDataUrls } from '../data/load/storyDataUrls.ts';
import type { ReportStoryLoadProgress, StoryLoadProgress } from '../data/load/storyLoadProgress.ts';

/**
 * The build's own story, read as the page's scripts start instead of after React's first render. The page's head has
 * preloaded the file; read now, the story of a normal build is checked (by its hash) before the first render, so
 * the page renders the map at once instead of a loading layout it replaces a moment later: one whole render, layout
 * and paint fewer before the first marks. The app takes this load in place of its own (useStoryData).
 */
export interface OpeningStory {
  /** The address read: the app takes the load only while it shows the story at this address. */
  url: string;
  result: Promise<StoryLoad>;
  /** The result, when it came before the first render; null when the app must wait for it. */
  settled: StoryLoad | null;
  /** Tells `report` how far the load has come (the last report at once), until the returned function is called. */
  follow: (report: ReportStoryLoadProgress) => () => void;
}

/**
 * Passes a load's progress on to whoever follows it, the last report first: a large story reports before the page
 * has rendered anything that could show it, and the loading layout that follows must start from where it is.
 */
export function progressRelay(): Pick<OpeningStory, 'follow'> & { report: ReportStoryLoadProgress } {
  let latest: StoryLoadProgress | null = null;
  const listeners = new Set<ReportStoryLoadProgress>();
  return {
    report(progress) {
      latest = progress;
      for (const listener of listeners) listener(progress);
    },
    follow(report) {
      if (latest !== null) report(latest);
      listeners.add(report);
      return () => listeners.delete(report);
    },
  };
}

export function startOpeningStory(
  urls: StoryDataUrls,
  i18n: I18n,
  fetchLike: FetchLike = browserFetch,
): Omit<OpeningStory, 'settled'> {
  const relay = progressRelay();
  const result = loadStory(urls.story, fetchLike, { trusted: urls.trustedStory, i18n, onProgress: relay.report });
  return { url: urls.story, result, follow: relay.follow };
}

/** The promise's value if it settles within `ms`, else null (it goes on; nothing is cancelled). */
export function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    void promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}
