import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { IncidentCollection, IncidentProperties } from '../../model/incident.ts';
import { isPlaced, type PlacedIncident } from '../../spatial/placedIncident.ts';
import { layerOfIncidentKind, type LayerId } from '../../state/layers.ts';
import { drawsClusters } from '../../spatial/clusterThreshold.ts';
import type * as ClusteredLayer from './ClusteredIncidentLayer.tsx';
import { withWords } from '../../i18n/i18n.ts';
import { useIncidentMarkerRenderer, type IncidentMarkerSettings } from './useIncidentMarkerRenderer.tsx';
import { useStoryIndex } from '../../ui/story/StoryIndexContext.ts';

type ClusteredLayerModule = typeof ClusteredLayer;

/** The clustered layer's code once fetched (or on its way), kept: a story opened later draws its clusters at once. */
let clusteredLayerModule: ClusteredLayerModule | null = null;
let clusteredLayerFetch: Promise<ClusteredLayerModule> | null = null;

/**
 * Fetches the clustered layer's code, once. Called by the page as soon as it is reading a story large enough to need
 * it, so that the code is in hand for the story's first render (see useClusteredLayer).
 */
export function fetchClusteredLayer(): Promise<ClusteredLayerModule> {
  // With the words of code loaded on demand, among them the clusters' names.
  clusteredLayerFetch ??= withWords(() => import('./ClusteredIncidentLayer.tsx')).then(
    (fetched) => (clusteredLayerModule = fetched),
    (error: unknown) => {
      // Asked again, it is fetched again (the map's error boundary offers to try again).
      clusteredLayerFetch = null;
      throw error;
    },
  );
  return clusteredLayerFetch;
}

/**
 * Only a story too large to draw one marker per incident clusters them: its layer is a chunk of its own (with the
 * clustering code it fetches in turn), so the first load of a normal story carries none of it; null until it has
 * come. Not React.lazy: a suspended layer is revealed up to 300 ms late (React throttles Suspense reveals), after
 * the list's deferred render, where this state update draws the clusters before it. Should the chunk fail to arrive,
 * the map's error boundary says so and offers to try again.
 */
function useClusteredLayer(wanted: boolean): ClusteredLayerModule | null {
  const [module, setModule] = useState(clusteredLayerModule);
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(
    function awaitClusteredLayer() {
      if (!wanted || module !== null) return undefined;
      let live = true;
      fetchClusteredLayer().then(
        (fetched) => {
          if (live) setModule(fetched);
        },
        (error: unknown) => {
          if (live) setFailure(error instanceof Error ? error : new Error('the clustered layer could not be loaded'));
        },
      );
      return () => {
        live = false;
      };
    },
    [wanted, module],
  );
  if (failure !== null) throw failure;
  return module;
}

interface IncidentLayerProps {
  incidents: IncidentCollection;
  visibleLayers: ReadonlySet<LayerId>;
  selectedIncidentId: string | null;
  /** Incidents the timeline hides (outside the dates shown, or not yet played). */
  hiddenIncidentIds: ReadonlySet<string>;
  /** The presented step's incidents, drawn at full strength while the others recede; null when not presenting. */
  focusIncidentIds: ReadonlySet<string> | null;
  animate: boolean;
  renderPopup: (incident: IncidentProperties) => ReactNode;
}

/** Every incident that has a place on the map; those without one (a statement made far away) are left to the list. */
export function IncidentLayer(props: IncidentLayerProps) {
  const { incidents, visibleLayers, selectedIncidentId, hiddenIncidentIds, focusIncidentIds, animate } = props;
  const { renderPopup } = props;
  const index = useStoryIndex(incidents);
  const marks = index.partyMarks;
  const placed = useMemo(() => incidents.features.filter(isPlaced), [incidents]);
  const clustered = drawsClusters(placed.length);
  const clusteredLayer = useClusteredLayer(clustered);
  const isShown = useCallback(
    (incident: PlacedIncident) =>
      visibleLayers.has(layerOfIncidentKind(incident.properties.kind)) && !hiddenIncidentIds.has(incident.id),
    [visibleLayers, hiddenIncidentIds],
  );
  const shown = useMemo(() => placed.filter(isShown), [placed, isShown]);
  const candidate = selectedIncidentId === null ? undefined : index.incidentsById.get(selectedIncidentId);
  const selected = candidate !== undefined && isPlaced(candidate) && isShown(candidate) ? candidate : null;
  if (clustered) {
    if (clusteredLayer === null) return null;
    const { ClusteredIncidentLayer } = clusteredLayer;
    return (
      <ClusteredIncidentLayer
        incidents={shown}
        storyIncidents={incidents.features}
        selected={selected}
        marks={marks}
        focusIncidentIds={focusIncidentIds}
        animate={animate}
        renderPopup={renderPopup}
      />
    );
  }
  return (
    <IncidentMarkers
      incidents={shown}
      marks={marks}
      selectedIncidentId={selectedIncidentId}
      focusIncidentIds={focusIncidentIds}
      animate={animate}
      renderPopup={renderPopup}
    />
  );
}

interface IncidentMarkersProps extends IncidentMarkerSettings {
  incidents: readonly PlacedIncident[];
  selectedIncidentId: string | null;
}

/** One marker per incident: a story small enough that every marker can be drawn and told apart. */
function IncidentMarkers({ incidents, selectedIncidentId, ...settings }: IncidentMarkersProps) {
  const renderIncidentMarker = useIncidentMarkerRenderer(settings);
  return incidents.map((incident) => renderIncidentMarker(incident, incident.id === selectedIncidentId));
}
