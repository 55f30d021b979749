import { useCallback, useMemo, type ReactNode } from 'react';
import type { IncidentCollection, IncidentProperties } from '../../model/incident.ts';
import { isPlaced, type PlacedIncident } from '../../spatial/placedIncident.ts';
import { layerOfIncidentKind, type LayerId } from '../../state/layers.ts';
import { ClusteredIncidentLayer } from './ClusteredIncidentLayer.tsx';
import { drawsClusters } from '../../spatial/clusterThreshold.ts';
import { useIncidentMarkerRenderer, type IncidentMarkerSettings } from './useIncidentMarkerRenderer.tsx';
import { useStoryIndex } from '../../ui/story/StoryIndexContext.ts';

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
  const isShown = useCallback(
    (incident: PlacedIncident) =>
      visibleLayers.has(layerOfIncidentKind(incident.properties.kind)) && !hiddenIncidentIds.has(incident.id),
    [visibleLayers, hiddenIncidentIds],
  );
  const shown = useMemo(() => placed.filter(isShown), [placed, isShown]);
  const candidate = selectedIncidentId === null ? undefined : index.incidentsById.get(selectedIncidentId);
  const selected = candidate !== undefined && isPlaced(candidate) && isShown(candidate) ? candidate : null;
  if (clustered) {
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
