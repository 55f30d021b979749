import { useMemo, type ReactNode } from 'react';
import { partyMarks } from '../data/partyMarks.ts';
import type { IncidentCollection, IncidentProperties } from '../model/incident.ts';
import { IncidentMarker } from './IncidentMarker.tsx';
import { toLatLng } from './toLatLng.ts';

interface IncidentLayerProps {
  incidents: IncidentCollection;
  renderPopup: (incident: IncidentProperties) => ReactNode;
}

/** Every incident that has a place on the map; those without one (a statement made far away) are left to the list. */
export function IncidentLayer({ incidents, renderPopup }: IncidentLayerProps) {
  const marks = useMemo(() => partyMarks(incidents), [incidents]);
  const placed = useMemo(
    () =>
      incidents.features.flatMap((incident) =>
        incident.geometry === null ? [] : [{ incident, position: toLatLng(incident.geometry.coordinates) }],
      ),
    [incidents],
  );
  return placed.map(({ incident, position }) => {
    const mark = marks.get(incident.properties.actors.initiator.party);
    if (mark === undefined) return null;
    return (
      <IncidentMarker
        key={incident.id}
        incident={incident.properties}
        position={position}
        mark={mark}
        popupContent={renderPopup(incident.properties)}
      />
    );
  });
}
