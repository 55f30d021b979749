import { Say } from '../ui/i18n/Say.tsx';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { BasemapLoad } from '../data/load/loadBasemap.ts';
import type { TileSource } from '../map/basemap/tileSource.ts';
import type { Incident, IncidentProperties } from '../model/incident.ts';
import type { Story } from '../model/story.ts';
import { ArticlePanel } from '../panels/article/ArticlePanel.tsx';
import { CreditsList } from '../panels/page/CreditsList.tsx';
import { IncidentList } from '../panels/list/IncidentList.tsx';
import { IncidentPopupContent } from '../panels/incident/IncidentPopupContent.tsx';
import { PresentButton } from '../panels/presentation/PresentButton.tsx';
import { PrintPreparationContext } from '../panels/handout/PrintPreparationContext.ts';
import { PROJECTOR_STYLE } from '../panels/presentation/projectorPalette.ts';
import { Timeline } from '../panels/timeline/Timeline.tsx';
import { hiddenIncidentIds } from '../state/incidentVisibility.ts';
import type { DateSpan } from '../state/viewState.ts';
import { StoryDropTarget } from '../panels/storyFile/StoryDropTarget.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { lazyPart } from './lazyPart.tsx';
import { LazyPrintHandout } from './LazyPrintHandout.tsx';
import { StoryMapArea } from './StoryMapArea.tsx';
import { useArticleNavigation } from './useArticleNavigation.ts';
import type { Loading } from './useAsyncLoad.ts';
import { usePresentation } from './usePresentation.ts';
import { usePresentationKeys } from './usePresentationKeys.ts';
import { usePrintPreparation } from './usePrintPreparation.ts';
import { useTimelinePlayback } from './useTimelinePlayback.ts';
import { useViewState } from './useViewState.ts';
import './print.css';
import './presentationLayout.css';
import { indexIncidents } from '../data/index/storyIndex.ts';
import { StoryContexts } from './StoryContexts.tsx';
import type { StoryActions } from '../ui/story/StoryActions.ts';

/** Fetched when a presentation opens (a tour step is in the link, or the reader pressed Present), not with the page. */
const PresentationCard = lazyPart(
  () => import('../panels/presentation/PresentationCard.tsx').then((module) => module.PresentationCard),
  <p className="presentation-loading" role="status">
    <Say message={/*i18n*/ { id: 'app.openingPresentation', message: 'Opening the presentation…' }} />
  </p>,
  /*i18n*/ { id: 'part.presentation', message: 'presentation' },
);

interface LoadedStoryProps {
  story: Story;
  basemap: BasemapLoad | Loading;
  /** Asks for the offline basemap, fetched only once the map is drawn without tiles. */
  onBasemapWanted: () => void;
  tileSource: TileSource | null;
  /** A story file dropped on the map, to open in place of this story. */
  onOpenFile: (file: File) => void;
  /** Framed in another page: the map first, the list and article one tap away, a compact toolbar. */
  embedded?: boolean;
}

const NO_INCIDENTS: readonly Incident[] = [];

/**
 * A loaded story: the map (with its status line and toolbar) and, beside it on wide screens or below it on narrow
 * ones, a side column with the incident list and the article; then the credits.
 */
export function LoadedStory(props: LoadedStoryProps) {
  const { story, basemap, onBasemapWanted, tileSource, onOpenFile, embedded = false } = props;
  const { state: view, dispatch, ignoredFromUrl } = useViewState(story);
  const i18n = useI18n();
  // In a frame the side column is an overlay the reader opens; a full page always shows it.
  const [sideOpen, setSideOpen] = useState(false);
  const sideId = useId();
  const deselectIncident = useCallback(
    (incidentId: string) => dispatch({ type: 'deselectIncident', incidentId }),
    [dispatch],
  );
  const { passages } = story.article;
  const index = useMemo(() => indexIncidents(story.incidents), [story.incidents]);
  const navigation = useArticleNavigation(index, view, dispatch);
  const { revealRequest, selectBesideMap, incidentHref, mapAreaRef, showPassage: showPassageBesideMap } = navigation;
  const actions = useMemo<StoryActions>(
    () => ({
      selectOnMap: (incidentId) => dispatch({ type: 'selectIncident', incidentId }),
      selectBesideMap,
      deselectIncident,
      showPassage: (passageId, incidentId) => {
        // A framed map opens its article overlay to show the passage there.
        if (embedded) setSideOpen(true);
        showPassageBesideMap(passageId, incidentId);
      },
    }),
    [dispatch, selectBesideMap, deselectIncident, embedded, showPassageBesideMap],
  );
  const renderIncidentPopup = useCallback(
    (incident: IncidentProperties) => <IncidentPopupContent incident={incident} passages={passages} />,
    [passages],
  );
  const presentation = usePresentation(story, view, dispatch);
  const { preparation: printPreparation, handoutSlot } = usePrintPreparation();
  const { step, present, move, leave } = presentation;
  usePresentationKeys({
    hasTour: presentation.tour !== null,
    presenting: step !== null,
    onPresent: present,
    onMove: move,
    onLeave: leave,
  });
  // The map first: the list and the article beside it (and the timeline's marks) follow in a deferred render. A story
  // of thousands of incidents then shows its map, and answers the mouse, before React has laid the rest out; for one
  // article's story the two renders follow each other within a frame or two.
  const besideMap = useDeferredValue<Story | null>(story, null);
  // After that, they follow the view a render behind the map too: a click's popup and a pan's or zoom's frame are
  // painted before the list's selected row and the article's quote links (their words and links) are made again.
  const besideView = useDeferredValue(view);
  const besideIncidentHref = useDeferredValue(incidentHref);
  const besideRevealRequest = useDeferredValue(revealRequest);
  const playback = useTimelinePlayback(besideMap?.incidents.features ?? NO_INCIDENTS, view.dateSpan);
  const hidden = useMemo(
    () => hiddenIncidentIds(story.incidents.features, view.dateSpan, playback.playHeadUtcMs),
    [story.incidents, view.dateSpan, playback.playHeadUtcMs],
  );
  const stepIncidentIds = useMemo(() => new Set(step?.focusIncidentIds), [step]);
  const setDateSpan = useCallback((dateSpan: DateSpan) => dispatch({ type: 'setDateSpan', dateSpan }), [dispatch]);
  return (
    <StoryContexts story={story} index={index} actions={actions}>
      <PrintPreparationContext value={printPreparation}>
        <div
          className={[
            'story-layout',
            step === null ? '' : 'story-layout--presenting',
            embedded ? 'story-layout--embed' : '',
            embedded && sideOpen ? 'story-layout--side-open' : '',
          ]
            .filter(Boolean)
            .join(' ')}
          style={step === null ? undefined : PROJECTOR_STYLE}
        >
          <StoryDropTarget className="story-layout__map" ref={mapAreaRef} onFile={onOpenFile}>
            <StoryMapArea
              story={story}
              basemap={basemap}
              onBasemapWanted={onBasemapWanted}
              tileSource={tileSource}
              view={view}
              dispatch={dispatch}
              renderIncidentPopup={renderIncidentPopup}
              ignoredFromUrl={ignoredFromUrl}
              hiddenIncidentIds={hidden}
              tourStep={step}
              presentButton={presentation.tour !== null && step === null && <PresentButton onPresent={present} />}
              embedded={embedded}
              sideToggle={
                embedded && (
                  <button
                    type="button"
                    className="map-toolbar__button"
                    aria-expanded={sideOpen}
                    aria-controls={sideId}
                    onClick={() => setSideOpen((open) => !open)}
                  >
                    {i18n._({ id: 'app.articleAndList', message: 'Article and list' })}
                  </button>
                )
              }
            />
            <ErrorBoundary part="timeline">
              <Timeline
                incidents={story.incidents}
                selectedIncidentId={view.selectedIncidentId}
                dateSpan={view.dateSpan}
                hiddenIncidentIds={hidden}
                stepIncidentIds={stepIncidentIds}
                playback={playback.status}
                onDateSpanChange={setDateSpan}
                onPlay={playback.play}
                onPause={playback.pause}
                onStop={playback.stop}
              />
            </ErrorBoundary>
          </StoryDropTarget>
          {step !== null && presentation.tour !== null && (
            <ErrorBoundary part="presentation">
              <PresentationCard
                tour={presentation.tour}
                step={step}
                stepNumber={presentation.stepNumber}
                passages={passages}
                incidents={story.incidents}
                onMove={move}
                onLeave={leave}
              />
            </ErrorBoundary>
          )}
          {/* Hidden, not removed, while presenting: the list and the article keep their place for the return. */}
          <aside
            id={sideId}
            className="story-layout__side"
            aria-label={i18n._({ id: 'app.storyInWords', message: 'The story in words' })}
            // Busy for the moment between the map's render and the list's (see besideMap): not worth announcing.
            aria-busy={besideMap === null}
            hidden={step !== null || (embedded && !sideOpen)}
          >
            {embedded && (
              <button
                type="button"
                className="map-controls__inline-button story-layout__back"
                onClick={() => setSideOpen(false)}
              >
                {i18n._({ id: 'article.backToMap', message: 'Back to the map' })}
              </button>
            )}
            {besideMap === null && (
              <p className="story-layout__pending">
                {i18n._({ id: 'app.listing', message: 'Listing the incidents…' })}
              </p>
            )}
            {besideMap !== null && (
              <>
                <ErrorBoundary part="incident list">
                  <IncidentList
                    incidents={besideMap.incidents}
                    selectedIncidentId={besideView.selectedIncidentId}
                    visibleLayers={besideView.visibleLayers}
                    hiddenIncidentIds={hidden}
                    renderDetails={renderIncidentPopup}
                  />
                </ErrorBoundary>
                <ErrorBoundary part="article">
                  <ArticlePanel
                    article={besideMap.article}
                    incidents={besideMap.incidents}
                    selectedIncidentId={besideView.selectedIncidentId}
                    highlightedPassageId={besideView.highlightedPassageId}
                    revealRequest={besideRevealRequest}
                    incidentHref={besideIncidentHref}
                  />
                </ErrorBoundary>
              </>
            )}
          </aside>
        </div>
        <CreditsList credits={story.credits} />
        <LazyPrintHandout slot={handoutSlot} story={story} />
      </PrintPreparationContext>
    </StoryContexts>
  );
}
