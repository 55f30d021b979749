import type { LatLngTuple } from 'leaflet';
import { useMemo, type ReactNode } from 'react';
import { Circle, Marker, Popup } from 'react-leaflet';
import { incidentKindLabel } from '../data/incidentKindLabel.ts';
import type { PartyMark } from '../data/partyMarks.ts';
import type { IncidentProperties } from '../model/incident.ts';
import { incidentIcon } from './incidentIcon.ts';

interface IncidentMarkerProps {
  incident: IncidentProperties;
  position: LatLngTuple;
  mark: PartyMark;
  /** What the popup says; the app supplies it, since src/map/ draws but does not write the text. */
  popupContent: ReactNode;
}

/** The marker's accessible name, also its hover title: what happened and who did it. */
function markerTitle(incident: IncidentProperties): string {
  const kind = incidentKindLabel(incident.kind).toLowerCase();
  return `${incident.title} (${kind}, ${incident.actors.initiator.party})`;
}

/**
 * One incident: a keyboard-focusable marker whose popup (click or Enter) tells what the article says, and, where the
 * place is known only to a town or a province, a translucent circle for the area it may lie in.
 */
export function IncidentMarker({ incident, position, mark, popupContent }: IncidentMarkerProps) {
  const icon = useMemo(() => incidentIcon(incident.kind, mark), [incident.kind, mark]);
  const radiusKm = incident.place.uncertaintyRadiusKm;
  return (
    <>
      {radiusKm !== null && (
        <Circle
          center={position}
          radius={radiusKm * 1000}
          interactive={false}
          className="uncertainty-area"
          pathOptions={{ color: mark.colour, weight: 1.5, dashArray: '5 4', fillColor: mark.colour, fillOpacity: 0.12 }}
        />
      )}
      <Marker position={position} icon={icon} title={markerTitle(incident)} keyboard riseOnHover>
        <Popup maxWidth={360} minWidth={260} maxHeight={380} autoPanPadding={[24, 24]}>
          {popupContent}
        </Popup>
      </Marker>
    </>
  );
}
