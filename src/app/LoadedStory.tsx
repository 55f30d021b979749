import { useCallback, useState } from 'react';
import type { BasemapLoad } from '../data/loadBasemap.ts';
import { StoryMap } from '../map/StoryMap.tsx';
import type { TileSource } from '../map/tileSource.ts';
import type { IncidentProperties } from '../model/incident.ts';
import type { Story } from '../model/story.ts';
import { CreditsList } from '../panels/CreditsList.tsx';
import { IncidentPopupContent } from '../panels/IncidentPopupContent.tsx';
import { MapStatusLine } from '../panels/MapStatusLine.tsx';
import { describeBasemapStatus, type BasemapStatus } from '../state/basemapStatus.ts';
import type { Loading } from './useAsyncLoad.ts';
import { useViewState } from './useViewState.ts';

interface LoadedStoryProps {
  story: Story;
  basemap: BasemapLoad | Loading;
  tileSource: TileSource | null;
}

/** A loaded story: the map, a status line saying what it is drawn on, and the credits. */
export function LoadedStory({ story, basemap, tileSource }: LoadedStoryProps) {
  const [basemapStatus, setBasemapStatus] = useState<BasemapStatus>(() =>
    tileSource === null ? { source: 'offline', reason: 'no-tile-server' } : { source: 'tiles' },
  );
  const switchToOffline = useCallback(() => setBasemapStatus({ source: 'offline', reason: 'tiles-failed' }), []);
  const { state: view, dispatch } = useViewState(story);
  const { passages } = story.article;
  const renderIncidentPopup = useCallback(
    (incident: IncidentProperties) => <IncidentPopupContent incident={incident} passages={passages} />,
    [passages],
  );
  return (
    <>
      <MapStatusLine message={describeBasemapStatus(basemapStatus, basemap.status)} />
      <StoryMap
        story={story}
        basemap={basemap.status === 'loaded' ? basemap.basemap : null}
        basemapStatus={basemapStatus}
        tileSource={tileSource}
        onTilesFailed={switchToOffline}
        renderIncidentPopup={renderIncidentPopup}
        view={view}
        dispatch={dispatch}
      />
      <CreditsList credits={story.credits} />
    </>
  );
}
