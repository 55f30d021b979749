import { useMemo, type ReactNode } from 'react';
import { partyMarks } from '../data/partyMarks.ts';
import type { IncidentCollection, IncidentProperties } from '../model/incident.ts';
import { layerOfIncidentKind, type LayerId } from '../state/layers.ts';
import { IncidentMarker } from './IncidentMarker.tsx';
import { toLatLng } from './toLatLng.ts';

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
  onSelect: (incidentId: string) => void;
  onDeselect: (incidentId: string) => void;
}

/** Every incident that has a place on the map; those without one (a statement made far away) are left to the list. */
export function IncidentLayer(props: IncidentLayerProps) {
  const { incidents, visibleLayers, selectedIncidentId, hiddenIncidentIds, focusIncidentIds, animate } = props;
  const { renderPopup, onSelect, onDeselect } = props;
  const marks = useMemo(() => partyMarks(incidents), [incidents]);
  const placed = useMemo(
    () =>
      incidents.features.flatMap((incident) =>
        incident.geometry === null ? [] : [{ incident, position: toLatLng(incident.geometry.coordinates) }],
      ),
    [incidents],
  );
  // Rendered once per incident, not on every render: react-leaflet lays an open popup out afresh whenever its content
  // changes, which would scroll it back to the top each time the view changes (following a ¶ link, panning).
  const popupContents = useMemo(
    () => new Map(placed.map(({ incident }) => [incident.id, renderPopup(incident.properties)])),
    [placed, renderPopup],
  );
  return placed.map(({ incident, position }) => {
    if (!visibleLayers.has(layerOfIncidentKind(incident.properties.kind))) return null;
    if (hiddenIncidentIds.has(incident.id)) return null;
    const mark = marks.get(incident.properties.actors.initiator.party);
    if (mark === undefined) return null;
    return (
      <IncidentMarker
        key={incident.id}
        incident={incident.properties}
        position={position}
        mark={mark}
        popupContent={popupContents.get(incident.id)}
        selected={incident.id === selectedIncidentId}
        dimmed={focusIncidentIds !== null && !focusIncidentIds.has(incident.id)}

        animate={animate}
        onSelect={onSelect}
        onDeselect={onDeselect}
      />
    );
  });
}
