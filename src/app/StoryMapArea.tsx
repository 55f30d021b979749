import { withWords } from '../i18n/i18n.ts';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';
import { useEffect, useMemo, type ReactNode } from 'react';
import type { BasemapLoad } from '../data/load/loadBasemap.ts';
import { StoryMap } from '../map/StoryMap.tsx';
import type { TileSource } from '../map/basemap/tileSource.ts';
import type { IncidentProperties } from '../model/incident.ts';
import type { Story } from '../model/story.ts';
import type { TourStep } from '../model/tour.ts';

import { BasemapSwitch } from '../panels/mapTools/BasemapSwitch.tsx';
import { DownloadData } from '../panels/mapTools/DownloadData.tsx';
import { LayerControl } from '../panels/mapTools/LayerControl.tsx';
import { Legend } from '../panels/mapTools/Legend.tsx';
import { MapStatusLine } from '../panels/mapTools/MapStatusLine.tsx';
import { MapToolbar } from '../panels/mapTools/MapToolbar.tsx';
import { PrintHandoutButton } from '../panels/handout/PrintHandoutButton.tsx';
import type { RegionProperties } from '../model/region.ts';
import { describeBasemapStatus } from '../panels/mapTools/describeBasemapStatus.ts';
import type { ViewAction } from '../state/viewReducer.ts';
import type { ViewState } from '../state/viewState.ts';
import type { LinkProblem } from '../state/linkProblems.ts';
import { EmbedCodeSection } from './EmbedCodeSection.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { lazyPart } from './lazyPart.tsx';
import type { Loading } from './useAsyncLoad.ts';
import { useBasemap } from './useBasemap.ts';
import { storyLayers } from '../state/storyLayers.ts';
import { useStoryIndex } from '../ui/story/StoryIndexContext.ts';

interface StoryMapAreaProps {
  story: Story;
  basemap: BasemapLoad | Loading;
  /** Asks for the offline basemap: called once the map is drawn without tiles. */
  onBasemapWanted: () => void;
  tileSource: TileSource | null;
  view: ViewState;
  dispatch: (action: ViewAction) => void;
  renderIncidentPopup: (incident: IncidentProperties) => ReactNode;
  /** What the page's link asked for that could not be used. */
  ignoredFromUrl: readonly LinkProblem[];
  /** Incidents the timeline hides (outside the dates shown, or not yet played). */
  hiddenIncidentIds: ReadonlySet<string>;
  /** The tour step being presented, or null. */
  tourStep: TourStep | null;
  /** The toolbar's "Present" button; null for a story without a tour, or while presenting. */
  presentButton: ReactNode;
  /** Framed in another page: a compact toolbar (no printing, no file tools) with the article one tap away. */
  embedded?: boolean;
  /** The button that opens the list and article over a framed map. */
  sideToggle?: ReactNode;
}

/** What a shape on the map is: fetched when a reader first clicks one, which most never do. */
const RegionPopupContent = lazyPart(
  () =>
    withWords(() => import('../panels/incident/RegionPopupContent.tsx')).then((module) => module.RegionPopupContent),
  <p>…</p>,
);

/** What a link asked for that could not be used: fetched, with its words, only for such a link. */
const LinkNotice = lazyPart(
  () => withWords(() => import('../panels/mapTools/LinkNotice.tsx')).then((module) => module.LinkNotice),
  null,
);

function renderRegionPopup(region: RegionProperties) {
  return (
    <ErrorBoundary part="region popup">
      <RegionPopupContent region={region} />
    </ErrorBoundary>
  );
}

/**
 * The map with what belongs to it: the status line saying what it is drawn on, a notice about an unusable link, and
 * the toolbar over its corner with the layers, the base map switch and the legend.
 */
export function StoryMapArea(props: StoryMapAreaProps) {
  const { story, basemap, tileSource, view, dispatch, renderIncidentPopup, ignoredFromUrl } = props;
  const { hiddenIncidentIds, tourStep, presentButton, embedded = false, sideToggle } = props;
  const { status, tileAttempt, choose, tilesFailed } = useBasemap(view.basemap, tileSource, dispatch);
  const { onBasemapWanted } = props;
  const drawnWithoutTiles = status.source === 'offline';
  useEffect(
    function fetchOfflineBasemapWhenNeeded() {
      if (drawnWithoutTiles) onBasemapWanted();
    },
    [drawnWithoutTiles, onBasemapWanted],
  );
  const marks = useStoryIndex(story.incidents).partyMarks;
  const i18n = useI18n();
  const layers = useMemo(() => storyLayers(story, i18n), [story, i18n]);
  const hasQuestions = story.tour?.steps.some((step) => (step.questions ?? []).length > 0) === true;
  return (
    <>
      <MapStatusLine message={describeBasemapStatus(status, basemap.status, i18n)} />
      {ignoredFromUrl.length > 0 && (
        <ErrorBoundary part="link notice">
          <LinkNotice key={JSON.stringify(ignoredFromUrl)} problems={ignoredFromUrl} />
        </ErrorBoundary>
      )}
      <div className="map-area">
        <MapToolbar
          withCopyLink={!embedded}
          actions={
            <>
              {presentButton}
              {embedded ? sideToggle : <PrintHandoutButton withWorksheet={hasQuestions} />}
            </>
          }
        >
          <LayerControl layers={layers} visibleLayers={view.visibleLayers} dispatch={dispatch} />
          <BasemapSwitch status={status} onlineName={tileSource?.name ?? null} onChoose={choose} />
          <Legend marks={marks} layers={layers} />
          <DownloadData story={story} />
          {!embedded && <EmbedCodeSection title={story.title} />}
        </MapToolbar>
        <ErrorBoundary part="map">
          <StoryMap
            story={story}
            basemap={basemap.status === 'loaded' ? basemap.basemap : null}
            basemapStatus={status}
            tileSource={tileSource}
            tileAttempt={tileAttempt}
            onTilesFailed={tilesFailed}
            renderIncidentPopup={renderIncidentPopup}
            renderRegionPopup={renderRegionPopup}
            view={view}
            dispatch={dispatch}
            hiddenIncidentIds={hiddenIncidentIds}
            tourStep={tourStep}
          />
        </ErrorBoundary>
      </div>
    </>
  );
}
