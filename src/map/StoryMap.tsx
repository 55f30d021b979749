import { withWords } from '../i18n/i18n.ts';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';
import { LeafletWords } from './LeafletWords.tsx';
import { lazy, Suspense, useCallback, useMemo, useState, type ComponentType, type ReactNode } from 'react';

import { MapContainer, Pane } from 'react-leaflet';
import type { IncidentProperties } from '../model/incident.ts';
import type { Basemap, RegionProperties } from '../model/region.ts';
import type { Story } from '../model/story.ts';
import type { TourStep } from '../model/tour.ts';

import type { BasemapStatus } from '../state/basemapStatus.ts';
import { PAGE_TARGETS } from '../ui/pageTargets.ts';
import type { ViewAction } from '../state/viewReducer.ts';
import type { MapView, ViewState } from '../state/viewState.ts';
import { KeepViewInsideBox } from './basemap/KeepViewInsideBox.tsx';
import { boxContainsBox } from '../spatial/boundingBoxOf.ts';

import { Camera, CameraContext, type CameraState } from './camera/useCamera.ts';
import { BandHatchPattern } from './layers/BandHatchPattern.tsx';
import { ClosePopupOnEscape } from './layers/ClosePopupOnEscape.tsx';
import { IncidentLayer } from './layers/IncidentLayer.tsx';
import { KeepPopupsInView } from './layers/KeepPopupsInView.tsx';
import { InvalidateSizeOnResize } from './camera/InvalidateSizeOnResize.tsx';
import { OfflineBasemapLayer } from './basemap/OfflineBasemapLayer.tsx';
import { OnlineTileLayer } from './basemap/OnlineTileLayer.tsx';
import { prefersReducedMotion } from '../ui/reducedMotion.ts';
import { RegionLayers } from './layers/RegionLayers.tsx';
import { StoryLabels } from './labels/StoryLabels.tsx';
import type { TileSource } from './basemap/tileSource.ts';
import { openingFrame } from './camera/openingFrame.ts';
import './map.css';

/** The pan buttons and the keyboard's reveal; without them (the chunk could not be fetched) the map still works. */
const MapAids = lazy<ComponentType<{ animate: boolean }>>(() =>
  withWords(() => import('./MapAids.tsx')).then(
    (module) => ({ default: module.MapAids }),
    () => ({ default: () => null }),
  ),
);

interface StoryMapProps {
  story: Story;
  /** The bundled countries, or null while they load or if they are missing. */
  basemap: Basemap | null;
  basemapStatus: BasemapStatus;
  tileSource: TileSource | null;
  /** Changes each time the tiles are tried afresh, so the tile layer starts again and counts its failures anew. */
  tileAttempt: number;
  onTilesFailed: () => void;
  renderIncidentPopup: (incident: IncidentProperties) => ReactNode;
  renderRegionPopup: (region: RegionProperties) => ReactNode;
  view: ViewState;
  dispatch: (action: ViewAction) => void;
  /** Incidents the timeline hides (outside the dates shown, or not yet played). */
  hiddenIncidentIds: ReadonlySet<string>;
  /** The tour step being presented, or null. */
  tourStep: TourStep | null;
}

/**
 * The map of one story. Panes keep the stacking fixed whatever mounts when: the offline basemap just above the tiles'
 * level, the story's shapes above it, names above the shapes and below the markers.
 */
export function StoryMap(props: StoryMapProps) {
  const { story, basemap, basemapStatus, tileSource, tileAttempt, onTilesFailed, renderIncidentPopup, view, dispatch } =
    props;
  const { hiddenIncidentIds, tourStep, renderRegionPopup } = props;
  const [animate] = useState(() => !prefersReducedMotion());
  const [cameraState] = useState<CameraState>(() => ({ printing: false }));
  const focusIncidentIds = useMemo(() => (tourStep ? new Set(tourStep.focusIncidentIds) : null), [tourStep]);
  const moveMap = useCallback((mapView: MapView) => dispatch({ type: 'moveMap', mapView }), [dispatch]);
  const i18n = useI18n();
  const offlineBasemap = basemapStatus.source === 'offline' ? basemap : null;
  return (
    <section className="story-map" aria-label={i18n._({ id: 'map.label', message: 'Map of the story' })}>
      <BandHatchPattern />
      <MapContainer
        id={PAGE_TARGETS.map}
        className="story-map__canvas"
        {...openingFrame(story.defaultBounds)}
        keyboard
        attributionControl
        zoomAnimation={animate}
        fadeAnimation={animate}
        markerZoomAnimation={animate}
      >
        <InvalidateSizeOnResize />
        <LeafletWords />
        <ClosePopupOnEscape />
        <KeepPopupsInView />
        <CameraContext value={cameraState}>
          <Suspense>
            <MapAids animate={animate} />
          </Suspense>
          <Camera
            layout={tourStep === null ? 'reading' : 'presenting'}
            link={view.mapView}
            defaultBounds={story.defaultBounds}
            tourStep={tourStep?.bounds ?? null}
            animate={animate}
            onMoved={moveMap}
          />
          {basemapStatus.source === 'tiles' && tileSource !== null && (
            <OnlineTileLayer key={tileAttempt} source={tileSource} onFailed={onTilesFailed} />
          )}
          <Pane name="citemap-basemap" style={{ zIndex: '250' }}>
            {offlineBasemap && <OfflineBasemapLayer basemap={offlineBasemap} />}
            {offlineBasemap && boxContainsBox(offlineBasemap.bbox, story.defaultBounds) && (
              // A story from elsewhere (a file, a link) may lie outside the box: it must not be pulled into it.
              <KeepViewInsideBox box={offlineBasemap.bbox} />
            )}
          </Pane>
          <RegionLayers regions={story.regions} visibleLayers={view.visibleLayers} renderPopup={renderRegionPopup} />
          <Pane name="citemap-labels" style={{ zIndex: '450' }}>
            <StoryLabels story={story} offlineBasemap={offlineBasemap} />
          </Pane>
          <IncidentLayer
            incidents={story.incidents}
            visibleLayers={view.visibleLayers}
            selectedIncidentId={view.selectedIncidentId}
            hiddenIncidentIds={hiddenIncidentIds}
            focusIncidentIds={focusIncidentIds}
            animate={animate}
            renderPopup={renderIncidentPopup}
          />
        </CameraContext>
      </MapContainer>
    </section>
  );
}
