import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StoryLoad } from '../data/load/loadStory.ts';
import { browserFetch, type FetchLike } from '../data/load/fetchText.ts';
import type { StoryDataUrls } from '../data/load/storyDataUrls.ts';
import type { TileSource } from '../map/basemap/tileSource.ts';
import { LoadErrorPanel } from '../panels/storyFile/LoadErrorPanel.tsx';
import { LoadingNotice } from '../panels/storyFile/LoadingNotice.tsx';
import { SkipLinks } from '../panels/page/SkipLinks.tsx';
import { StoryFileProblems } from '../panels/storyFile/StoryFileProblems.tsx';
import { StoryHeader } from '../panels/page/StoryHeader.tsx';
import { editStartFromSearch, searchForEditor, type EditStart } from '../state/editMode.ts';
import { isEmbedded } from '../state/embedMode.ts';
import type { StorySource } from '../state/storySource.ts';
import type { Loading } from './useAsyncLoad.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Say } from '../ui/i18n/Say.tsx';
import { withWords } from '../i18n/i18n.ts';
import { lazyPart } from './lazyPart.tsx';
import { LoadedStory } from './LoadedStory.tsx';
import { useStoryChoice, type StoryChoice } from './useStoryChoice.ts';
import { describeStoryAddress } from '../data/load/webAddress.ts';
import type { StoryOrigin } from '../panels/storyFile/StoryOpenedFrom.tsx';
import { OfflineAppNoticeRegion } from './OfflineAppNoticeRegion.tsx';
import { OpeningTiles } from '../map/basemap/OpeningTiles.tsx';
import { fetchClusteredLayer } from '../map/layers/IncidentLayer.tsx';
import { WORKER_FROM_CHARS } from '../data/load/loadStory.ts';
import type { BoundingBox } from '../model/geojson.ts';
import { opensOnStoryFrame } from '../state/viewUrl.ts';
import { STACKED_LAYOUT_QUERY, StoryLoadingLayout } from './StoryLoadingLayout.tsx';
import { useEmbedLayout } from './useEmbedLayout.ts';
import { useOfflineApp, type RegisterOfflineApp } from './useOfflineApp.ts';
import { useStoryData } from './useStoryData.ts';
import type { OpeningStory } from './openingStory.ts';

interface AppProps {
  urls: StoryDataUrls;
  /** Null for a build with no tile server: the offline basemap is drawn from the start. */
  tileSource: TileSource | null;
  fetchLike?: FetchLike;
  /** The service worker's registration; tests give a stand-in. */
  registerOfflineApp?: RegisterOfflineApp;
  /**
   * The build's own story's default bounds, known when the app was built: while the story downloads, the tiles its
   * map opens on are fetched already (OpeningTiles).
   */
  builtStoryFrame?: BoundingBox | null;
  /** The build's own story, whose load the page began before rendering (openingStory.ts). */
  openingStory?: OpeningStory;
}

/** The story editor, its gazetteer and its libraries: fetched when an author opens it, never with the viewer. */
const StoryEditor = lazyPart(
  () =>
    // Its words come with it, in the reader's language, before it first renders.
    withWords(() => import('../editor/StoryEditor.tsx'), ['editor', 'checks', 'onDemand']).then(
      (module) => module.StoryEditor,
    ),
  <p role="status">
    <Say message={/*i18n*/ { id: 'app.openingEditor', message: 'Opening the editor…' }} />
  </p>,
  /*i18n*/ { id: 'part.storyEditor', message: 'story editor' },
);

/** The link's `story=` address in place of the build's own story; the offline basemap is the build's either way. */
function urlsFor(urls: StoryDataUrls, source: StorySource): StoryDataUrls {
  // A story from elsewhere is never the build's own file: it is validated, whatever its hash.
  return source.kind === 'url' ? { ...urls, story: source.url.href, trustedStory: undefined, fromLink: true } : urls;
}

/** Fetched only for a story from a link or a file: the build's own story needs no word on where it came from. */
const StoryOpenedFrom = lazyPart(
  () => withWords(() => import('../panels/storyFile/StoryOpenedFrom.tsx')).then((module) => module.StoryOpenedFrom),
  null,
);

/** Said while a chosen file is read, which takes seconds only for a large one: fetched with the file's reader. */
const FileOpeningNotice = lazyPart(
  () => withWords(() => import('../panels/storyFile/StoryProgress.tsx')).then((module) => module.FileOpeningNotice),
  null,
);

/** Fetched only for a link whose `story=` is refused, with the checks' words that say why. */
const StorySourceError = lazyPart(
  () =>
    withWords(() => import('../panels/storyFile/StorySourceError.tsx'), ['checks', 'onDemand']).then(
      (module) => module.StorySourceError,
    ),
  null,
);

/** Where the story on screen came from, when it is not the build's own. */
function storyOrigin(choice: StoryChoice, story: StoryLoad | Loading): StoryOrigin | null {
  if (choice.opened !== null) return { kind: 'file', name: choice.opened.fileName };
  if (choice.source.kind !== 'url' || story.status !== 'loaded') return null;
  const address = describeStoryAddress(story.fetchedFrom ?? choice.source.url.href, window.location.href);
  return { kind: 'link', address, siteHost: window.location.host };
}

/**
 * Composition only: load the story (the build's own, the one a link names, or a file the reader opened), then show
 * it, or say what went wrong. The page is never blank.
 */
export function App(props: AppProps) {
  const { urls, tileSource, fetchLike = browserFetch, registerOfflineApp, builtStoryFrame, openingStory } = props;
  // Read once: the link keeps `embed` as the view changes, and a page does not leave or enter its frame.
  const [embedded] = useState(() => isEmbedded(window.location.search));
  const embedLayoutReady = useEmbedLayout(embedded);
  // Read once, as the page opens: only a page that opens on the build's story in its default frame, on a stacked
  // layout, knows which tiles its map will open on.
  const [openingTilesFrame] = useState(() =>
    builtStoryFrame != null &&
    opensOnStoryFrame(window.location.search) &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(STACKED_LAYOUT_QUERY).matches
      ? builtStoryFrame
      : null,
  );
  const choice = useStoryChoice();
  const storyUrls = useMemo(() => urlsFor(urls, choice.source), [urls, choice.source]);
  const { story: fetched, progress, basemap, wantBasemap, retry } = useStoryData(storyUrls, fetchLike, openingStory);
  const story: StoryLoad | Loading =
    choice.opened === null ? fetched : { status: 'loaded', story: choice.opened.story, notices: choice.opened.notices };
  const origin = storyOrigin(choice, story);
  const offlineApp = useOfflineApp(story.status !== 'loading', registerOfflineApp);
  // A story large enough to be read in a worker is drawn as clusters, whose layer's code is fetched meanwhile.
  const readingLarge =
    (progress?.stage === 'reading' && progress.bytes >= WORKER_FROM_CHARS) ||
    (choice.reading !== null && choice.reading.bytes >= WORKER_FROM_CHARS);
  useEffect(
    function fetchClustersWhileReading() {
      // Should it fail, the map asks again when it needs the layer, and says so if it fails again.
      if (readingLarge) fetchClusteredLayer().catch(() => undefined);
    },
    [readingLarge],
  );
  const badLink = choice.opened === null && choice.source.kind === 'invalid' ? choice.source : null;
  const fromLink = choice.source.kind === 'url' ? choice.openDefault : undefined;
  const [editing, setEditing] = useState<EditStart | null>(() => editStartFromSearch(window.location.search));
  const loaded = story.status === 'loaded' && badLink === null ? story.story : null;
  const edit = useCallback(
    (thisStory: boolean) => {
      window.history.pushState(null, '', searchForEditor(window.location.search, '') || '?edit');
      setEditing(thisStory && loaded !== null ? { kind: 'story', story: loaded } : { kind: 'new' });
    },
    [loaded],
  );
  useEffect(function followBackToViewer() {
    // Back from the editor to the viewer's entry leaves the editor; its work is already kept in the browser.
    const leaveOnBack = () => {
      if (editStartFromSearch(window.location.search) === null) setEditing(null);
    };
    window.addEventListener('popstate', leaveOnBack);
    return () => window.removeEventListener('popstate', leaveOnBack);
  }, []);
  useEffect(
    function fetchBasemapForEditor() {
      // The editor names the country a place lies in from the offline basemap's countries.
      if (editing !== null) wantBasemap();
    },
    [editing, wantBasemap],
  );
  const keyChosen = useCallback((key: string) => {
    window.history.replaceState(null, '', searchForEditor(window.location.search, key));
  }, []);
  if (editing !== null) {
    const { openFile } = choice;
    return (
      <div className="app">
        <main className="app__main">
          <ErrorBoundary part="story editor">
            <StoryEditor
              start={editing}
              tileSource={tileSource}
              basemap={basemap.status === 'loaded' ? basemap.basemap : null}
              renderPreview={(previewed) => (
                <LoadedStory
                  story={previewed}
                  basemap={basemap}
                  onBasemapWanted={wantBasemap}
                  tileSource={tileSource}
                  onOpenFile={openFile}
                />
              )}
              onKeyChosen={keyChosen}
              onLeave={(written) => {
                window.history.pushState(
                  null,
                  '',
                  `${window.location.pathname}${searchForEditor(window.location.search, null)}`,
                );
                setEditing(null);
                if (written !== null) openFile(new File([JSON.stringify(written)], `${written.id}.story.json`));
              }}
            />
          </ErrorBoundary>
        </main>
      </div>
    );
  }
  return (
    <div className={embedded ? `app app--embed${embedLayoutReady ? ' app--embed-ready' : ''}` : 'app'}>
      {story.status === 'loaded' && badLink === null && <SkipLinks />}
      <StoryHeader
        story={story.status === 'loaded' && badLink === null ? story.story : null}
        onOpenFile={choice.openFile}
        embedded={embedded}
        onEdit={edit}
      />
      <main className="app__main">
        {choice.refused !== null && (
          <StoryFileProblems
            fileName={choice.refused.fileName}
            problems={choice.refused.problems}
            storyStays={story.status === 'loaded'}
            onDismiss={choice.dismissRefused}
          />
        )}
        {choice.reading !== null && (
          <ErrorBoundary part="file opening notice">
            <FileOpeningNotice fileName={choice.reading.fileName} bytes={choice.reading.bytes} />
          </ErrorBoundary>
        )}
        {badLink !== null && (
          <ErrorBoundary part="refused link">
            <StorySourceError reason={badLink.reason} onOpenDefault={choice.openDefault} />
          </ErrorBoundary>
        )}
        {badLink === null && story.status === 'loading' && choice.source.kind === 'url' && (
          <LoadingNotice
            progress={progress}
            fromLink={{ address: choice.source.url.href, onCancel: choice.openDefault }}
          />
        )}
        {badLink === null && story.status === 'loading' && choice.source.kind !== 'url' && (
          <StoryLoadingLayout
            openingTiles={
              openingTilesFrame !== null &&
              tileSource !== null && <OpeningTiles frame={openingTilesFrame} source={tileSource} />
            }
          >
            <LoadingNotice progress={progress} />
          </StoryLoadingLayout>
        )}
        {badLink === null && story.status === 'failed' && (
          <LoadErrorPanel problems={story.problems} onRetry={retry} onOpenDefault={fromLink} />
        )}
        {badLink === null && story.status === 'loaded' && origin !== null && (
          <ErrorBoundary
            part="story origin"
            // Its own key among its siblings: the notices show once for each story opened.
            key={choice.opened === null ? `origin-${storyUrls.story}` : `origin-file-${choice.opened.serial}`}
          >
            <StoryOpenedFrom origin={origin} notices={story.notices ?? []} />
          </ErrorBoundary>
        )}
        {badLink === null && story.status === 'loaded' && (
          <LoadedStory
            // A new story is a new view: its selection, tour and map start afresh.
            key={choice.opened === null ? storyUrls.story : `file-${choice.opened.serial}`}
            story={story.story}
            basemap={basemap}
            onBasemapWanted={wantBasemap}
            tileSource={tileSource}
            onOpenFile={choice.openFile}
            embedded={embedded}
          />
        )}
      </main>
      <OfflineAppNoticeRegion
        // A frame in someone else's page says only what needs an answer (a new version), not that it saved itself.
        status={embedded && offlineApp.status === 'ready-offline' ? 'none' : offlineApp.status}
        onReload={offlineApp.reload}
        onDismiss={offlineApp.dismiss}
      />
    </div>
  );
}
