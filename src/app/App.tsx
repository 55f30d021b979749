import { browserFetch, type FetchLike } from '../data/loadValidatedJson.ts';
import type { StoryDataUrls } from '../data/storyDataUrls.ts';
import type { TileSource } from '../map/tileSource.ts';
import { LoadErrorPanel } from '../panels/LoadErrorPanel.tsx';
import { LoadingNotice } from '../panels/LoadingNotice.tsx';
import { StoryHeader } from '../panels/StoryHeader.tsx';
import { LoadedStory } from './LoadedStory.tsx';
import { useStoryData } from './useStoryData.ts';

interface AppProps {
  urls: StoryDataUrls;
  /** Null for a build with no tile server: the offline basemap is drawn from the start. */
  tileSource: TileSource | null;
  fetchLike?: FetchLike;
}

/** Composition only: load the story, then show it, or say what went wrong. The page is never blank. */
export function App({ urls, tileSource, fetchLike = browserFetch }: AppProps) {
  const { story, basemap, retry } = useStoryData(urls, fetchLike);
  return (
    <div className="app">
      <StoryHeader story={story.status === 'loaded' ? story.story : null} />
      <main className="app__main">
        {story.status === 'loading' && <LoadingNotice />}
        {story.status === 'failed' && <LoadErrorPanel problems={story.problems} onRetry={retry} />}
        {story.status === 'loaded' && <LoadedStory story={story.story} basemap={basemap} tileSource={tileSource} />}
      </main>
    </div>
  );
}
