import { useCallback } from 'react';
import type { BasemapLoad } from '../data/loadBasemap.ts';
import type { TileSource } from '../map/tileSource.ts';
import type { IncidentProperties } from '../model/incident.ts';
import type { Story } from '../model/story.ts';
import { ArticlePanel } from '../panels/ArticlePanel.tsx';
import { CreditsList } from '../panels/CreditsList.tsx';
import { IncidentList } from '../panels/IncidentList.tsx';
import { IncidentPopupContent } from '../panels/IncidentPopupContent.tsx';
import { StoryMapArea } from './StoryMapArea.tsx';
import { useArticleNavigation } from './useArticleNavigation.ts';
import type { Loading } from './useAsyncLoad.ts';
import { useViewState } from './useViewState.ts';

interface LoadedStoryProps {
  story: Story;
  basemap: BasemapLoad | Loading;
  tileSource: TileSource | null;
}

/**
 * A loaded story: the map (with its status line and toolbar) and, beside it on wide screens or below it on narrow
 * ones, a side column with the incident list and the article; then the credits.
 */
export function LoadedStory({ story, basemap, tileSource }: LoadedStoryProps) {
  const { state: view, dispatch, ignoredFromUrl } = useViewState(story);
  const deselectIncident = useCallback(
    (incidentId: string) => dispatch({ type: 'deselectIncident', incidentId }),
    [dispatch],
  );
  const { passages } = story.article;
  const { revealRequest, showPassage, selectBesideMap, incidentHref, mapAreaRef } = useArticleNavigation(
    story,
    view,
    dispatch,
  );
  const renderIncidentPopup = useCallback(
    (incident: IncidentProperties) => (
      <IncidentPopupContent
        incident={incident}
        passages={passages}
        onShowPassage={(passageId) => showPassage(passageId, incident.id)}
      />
    ),
    [passages, showPassage],
  );
  return (
    <>
      <div className="story-layout">
        <div className="story-layout__map" ref={mapAreaRef}>
          <StoryMapArea
            story={story}
            basemap={basemap}
            tileSource={tileSource}
            view={view}
            dispatch={dispatch}
            renderIncidentPopup={renderIncidentPopup}
            ignoredFromUrl={ignoredFromUrl}
          />
        </div>
        <aside className="story-layout__side" aria-label="The story in words">
          <IncidentList
            incidents={story.incidents}
            selectedIncidentId={view.selectedIncidentId}
            visibleLayers={view.visibleLayers}
            renderDetails={renderIncidentPopup}
            onSelect={selectBesideMap}
            onDeselect={deselectIncident}
          />
          <ArticlePanel
            article={story.article}
            incidents={story.incidents}
            selectedIncidentId={view.selectedIncidentId}
            highlightedPassageId={view.highlightedPassageId}
            revealRequest={revealRequest}
            onSelectIncident={selectBesideMap}
            incidentHref={incidentHref}
          />
        </aside>
      </div>
      <CreditsList credits={story.credits} />
    </>
  );
}
