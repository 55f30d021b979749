import type { LatLngTuple } from 'leaflet';
import { useMemo, type ReactNode } from 'react';
import type { IncidentProperties } from '../../model/incident.ts';
import type { PlacedIncident } from '../../spatial/placedIncident.ts';
import { toLatLng } from '../toLatLng.ts';

// What an IncidentMarker is given must keep its identity from one render to the next: react-leaflet moves a marker
// given a new position array, and lays an open popup out afresh (scrolling it back to the top) when its content changes.

function positionCache(): (incident: PlacedIncident) => LatLngTuple {
  const positions = new WeakMap<PlacedIncident, LatLngTuple>();
  return (incident) => {
    let position = positions.get(incident);
    if (position === undefined) {
      position = toLatLng(incident.geometry.coordinates);
      positions.set(incident, position);
    }
    return position;
  };
}

/** One position per incident object, for the life of the layer that draws it. */
export function useMarkerPositions(): (incident: PlacedIncident) => LatLngTuple {
  return useMemo(() => positionCache(), []);
}

/** Makes each incident's popup content once, on first asking, and keeps it. */
function popupContentCache(
  renderPopup: (incident: IncidentProperties) => ReactNode,
): (incident: PlacedIncident) => ReactNode {
  const contents = new WeakMap<PlacedIncident, ReactNode>();
  return (incident) => {
    let content = contents.get(incident);
    if (content === undefined) {
      content = renderPopup(incident.properties);
      contents.set(incident, content);
    }
    return content;
  };
}

/**
 * A popup's content, made the first time the incident is drawn and then kept (until the app's renderer changes), so
 * that a timeline hiding other incidents or a pan drawing new ones leaves an open popup alone.
 */
export function usePopupContents(
  renderPopup: (incident: IncidentProperties) => ReactNode,
): (incident: PlacedIncident) => ReactNode {
  return useMemo(() => popupContentCache(renderPopup), [renderPopup]);
}
