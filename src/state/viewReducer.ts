import type { LayerId } from './layers.ts';
import type { BasemapChoice, MapView, ViewState } from './viewState.ts';

export type ViewAction =
  | { type: 'selectIncident'; incidentId: string | null }
  /** A popup closed: clear the selection only if it is still this incident (another may have been chosen since). */
  | { type: 'deselectIncident'; incidentId: string }
  | { type: 'showPassage'; passageId: string | null; incidentId?: string | null }
  | { type: 'setLayerVisible'; layer: LayerId; visible: boolean }
  | { type: 'moveMap'; mapView: MapView }
  | { type: 'chooseBasemap'; basemap: BasemapChoice }
  | { type: 'restore'; state: ViewState };

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'selectIncident':
      if (state.selectedIncidentId === action.incidentId) return state;
      // A new selection clears the old passage mark: it belonged to the previous incident.
      return { ...state, selectedIncidentId: action.incidentId, highlightedPassageId: null };
    case 'deselectIncident':
      if (state.selectedIncidentId !== action.incidentId) return state;
      return { ...state, selectedIncidentId: null, highlightedPassageId: null };
    case 'showPassage': {
      const selectedIncidentId = action.incidentId === undefined ? state.selectedIncidentId : action.incidentId;
      // Asking again for the passage already shown makes no second history entry.
      if (state.highlightedPassageId === action.passageId && state.selectedIncidentId === selectedIncidentId) {
        return state;
      }
      return { ...state, highlightedPassageId: action.passageId, selectedIncidentId };
    }
    case 'setLayerVisible': {
      if (state.visibleLayers.has(action.layer) === action.visible) return state;
      const visibleLayers = new Set(state.visibleLayers);
      if (action.visible) visibleLayers.add(action.layer);
      else visibleLayers.delete(action.layer);
      return { ...state, visibleLayers };
    }
    case 'moveMap':
      return { ...state, mapView: action.mapView };
    case 'chooseBasemap':
      return state.basemap === action.basemap ? state : { ...state, basemap: action.basemap };
    case 'restore':
      return action.state;
  }
}

/**
 * Which actions make a new history entry (Back returns to the previous selection) and which only
 * rewrite the current one (panning the map should not fill the history).
 */
export function historyModeFor(action: ViewAction): 'push' | 'replace' | 'none' {
  switch (action.type) {
    case 'selectIncident':
    case 'deselectIncident':
    case 'showPassage':
    case 'setLayerVisible':
      return 'push';
    case 'moveMap':
    case 'chooseBasemap':
      return 'replace';
    case 'restore':
      return 'none';
  }
}
