import type { ReactNode } from 'react';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import type { IncidentProperties } from '../../model/incident.ts';
import type { PlacedIncident } from '../../spatial/placedIncident.ts';
import { IncidentMarker } from './IncidentMarker.tsx';
import { useMarkerPositions, usePopupContents } from './incidentMarkerInputs.ts';

/** What every incident marker of a layer shares. */
export interface IncidentMarkerSettings {
  marks: ReadonlyMap<string, PartyMark>;
  /** The presented step's incidents, drawn at full strength while the others recede; null when not presenting. */
  focusIncidentIds: ReadonlySet<string> | null;
  animate: boolean;
  renderPopup: (incident: IncidentProperties) => ReactNode;
}

/**
 * Draws one incident as its marker, with inputs that keep their identity between renders (see incidentMarkerInputs):
 * the one way both incident layers, one marker each or clustered, draw an incident.
 */
export function useIncidentMarkerRenderer(
  settings: IncidentMarkerSettings,
): (incident: PlacedIncident, selected: boolean) => ReactNode {
  const { marks, focusIncidentIds, animate, renderPopup } = settings;
  const popupFor = usePopupContents(renderPopup);
  const positionOf = useMarkerPositions();
  return function renderIncidentMarker(incident, selected) {
    const mark = marks.get(incident.properties.actors.initiator.party);
    if (mark === undefined) return null;
    return (
      <IncidentMarker
        key={incident.id}
        incident={incident.properties}
        position={positionOf(incident)}
        mark={mark}
        popupContent={popupFor(incident)}
        selected={selected}
        dimmed={focusIncidentIds !== null && !focusIncidentIds.has(incident.id)}
        animate={animate}
      />
    );
  };
}
