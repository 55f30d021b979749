import type { LeafletKeyboardEvent, Map as LeafletMap } from 'leaflet';
import { memo, useEffect, useMemo, useState } from 'react';
import { Marker, useMap, useMapEvent } from 'react-leaflet';
import type { BoundingBox } from '../../model/geojson.ts';
import type { Incident } from '../../model/incident.ts';
import type * as ClusterModule from '../../spatial/incidentClusters.ts';
import type { ClusterItem, IncidentClusters } from '../../spatial/incidentClusters.ts';
import type { PlacedIncident } from '../../spatial/placedIncident.ts';
import { useCameraMoves } from '../camera/useCamera.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { clusterIcon, clusterTitle } from './clusterIcon.ts';
import { toLatLng } from '../toLatLng.ts';
import { useIncidentMarkerRenderer, type IncidentMarkerSettings } from './useIncidentMarkerRenderer.tsx';

export interface ClusteredIncidentLayerProps extends IncidentMarkerSettings {
  /** The incidents to draw: placed, in a visible layer, not hidden by the timeline. */
  incidents: readonly PlacedIncident[];
  /** All the story's incidents: the key to an index built for them ahead of the map (buildClustersAhead). */
  storyIncidents: readonly Incident[];
  /** The selected incident, drawn on its own even where its cluster is, so that its popup can open. */
  selected: PlacedIncident | null;
}

interface ViewWindow {
  box: BoundingBox;
  zoom: number;
}

/**
 * The view plus a fifth of a screen around it: a short pan shows markers already drawn instead of an empty edge. Not
 * more: every marker in the DOM costs paint time in every frame of a pan or a zoom.
 */
function viewWindowOf(map: LeafletMap): ViewWindow {
  const bounds = map.getBounds().pad(0.2);
  return { box: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom: map.getZoom() };
}

/** The clustering code (supercluster) is a chunk of its own, fetched only by a story that needs it. */
function loadClusterModule(): Promise<typeof ClusterModule> {
  return import('../../spatial/incidentClusters.ts');
}

interface BuiltClusters {
  module: typeof ClusterModule;
  clusters: IncidentClusters;
}

/**
 * The cluster index for these incidents, built once its code has arrived; null until then. Built in a promise's
 * callback, so that the state update which draws the clusters comes at normal priority: it goes before the deferred
 * render of the list and the article (LoadedStory), and the map is drawn first.
 */
function useIncidentClusters(
  incidents: readonly PlacedIncident[],
  storyIncidents: readonly Incident[],
): BuiltClusters | null {
  const [built, setBuilt] = useState<BuiltClusters | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(
    function buildIndex() {
      let wanted = true;
      loadClusterModule().then(
        (module) => {
          if (wanted) setBuilt({ module, clusters: module.clustersFor(incidents, storyIncidents) });
        },
        (error: unknown) => {
          if (wanted) setFailure(error instanceof Error ? error : new Error('the clustering code could not be loaded'));
        },
      );
      return () => {
        wanted = false;
      };
    },
    [incidents, storyIncidents],
  );
  // The map's error boundary says what failed and offers to try again (a new mount fetches the chunk again).
  if (failure !== null) throw failure;
  return built;
}

interface ClusterMarkerProps {
  built: BuiltClusters;
  item: Extract<ClusterItem, { kind: 'cluster' }>;
  animate: boolean;
}

/** A numbered disc for incidents too close to tell apart at this zoom; pressing it (click or Enter) zooms in on them. */
const ClusterMarker = memo(function ClusterMarker({ built, item, animate }: ClusterMarkerProps) {
  const i18n = useI18n();
  const camera = useCameraMoves(animate);
  const icon = useMemo(() => clusterIcon(item.count), [item.count]);
  // Each query makes new arrays; the marker is moved only when the cluster's place really changes.
  const [longitude, latitude] = item.position;
  const position = useMemo(() => toLatLng([longitude, latitude]), [longitude, latitude]);
  const eventHandlers = useMemo(() => {
    const zoomIn = () => camera.zoomTo(position, built.module.zoomToExpand(built.clusters, item.clusterId));
    return {
      click: zoomIn,
      // Leaflet passes a focused marker's keys on as `keypress`; Enter and Space press a button.
      keypress: (event: LeafletKeyboardEvent) => {
        if (event.originalEvent.key !== 'Enter' && event.originalEvent.key !== ' ') return;
        event.originalEvent.preventDefault();
        zoomIn();
      },
    };
  }, [camera, position, built, item.clusterId]);
  return (
    <Marker
      position={position}
      icon={icon}
      title={clusterTitle(item.count, i18n)}
      keyboard
      autoPanOnFocus={false}
      eventHandlers={eventHandlers}
    />
  );
});

/**
 * The map's incidents for a story too large to draw one marker each: clusters and lone incidents within the view
 * (and a margin), worked out again only when the map comes to rest. Its clustering code is fetched on demand: a
 * small story never downloads it.
 *
 * Memoised: see docs/ARCHITECTURE.md § Rendering.
 */
export const ClusteredIncidentLayer = memo(function ClusteredIncidentLayer(props: ClusteredIncidentLayerProps) {
  const { incidents, storyIncidents, selected, ...settings } = props;
  const map = useMap();
  const built = useIncidentClusters(incidents, storyIncidents);
  const [view, setView] = useState(() => viewWindowOf(map));
  useMapEvent('moveend', () => setView(viewWindowOf(map)));
  const items = useMemo(
    () => (built === null ? [] : built.module.clustersInView(built.clusters, view.box, view.zoom)),
    [built, view],
  );
  const renderIncidentMarker = useIncidentMarkerRenderer(settings);
  const renderIncident = (incident: PlacedIncident) => renderIncidentMarker(incident, incident === selected);
  // Until the index is built, only a selected incident (a link to it, say) is drawn.
  const drawn =
    built === null
      ? []
      : items.map((item) =>
          item.kind === 'cluster' ? (
            <ClusterMarker key={`cluster-${item.clusterId}`} built={built} item={item} animate={settings.animate} />
          ) : (
            renderIncident(item.incident)
          ),
        );
  const selectedIsDrawn = items.some((item) => item.kind === 'incident' && item.incident === selected);
  if (selected !== null && !selectedIsDrawn) drawn.push(renderIncident(selected));
  // One keyed list, whatever the zoom: a selected marker that a redraw puts into a cluster (or takes out of one) keeps
  // its place by its key and stays mounted, its popup open. Drawn apart from the list, it was mounted afresh under the
  // reader's click, and the old marker's closing popup took the selection with it.
  return <>{drawn}</>;
});
