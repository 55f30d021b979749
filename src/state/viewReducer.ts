import type { LayerId } from './layers.ts';
import type { BasemapChoice, DateSpan, MapView, ViewState } from './viewState.ts';

export type ViewAction =
  | { type: 'selectIncident'; incidentId: string | null }
  /** A popup closed: clear the selection only if it is still this incident (another may have been chosen since). */
  | { type: 'deselectIncident'; incidentId: string }
  | { type: 'showPassage'; passageId: string | null; incidentId?: string | null }
  | { type: 'setLayerVisible'; layer: LayerId; visible: boolean }
  | { type: 'moveMap'; mapView: MapView }
  | { type: 'chooseBasemap'; basemap: BasemapChoice }
  | { type: 'restore'; state: ViewState }
  /** Presents a tour step; the first one entered remembers the view to come back to. */
  | { type: 'showTourStep'; stepId: string }
  | { type: 'leaveTour' }
  | { type: 'setDateSpan'; dateSpan: DateSpan };

const ALL_DATES: DateSpan = { from: null, to: null };

function showTourStep(state: ViewState, stepId: string): ViewState {
  if (state.tourStepId === stepId) return state;
  const tourReturn =
    state.tourStepId !== null
      ? state.tourReturn
      : {
          selectedIncidentId: state.selectedIncidentId,
          highlightedPassageId: state.highlightedPassageId,
          visibleLayers: state.visibleLayers,
          mapView: state.mapView,
          dateSpan: state.dateSpan,
        };
  // A step shows its own incidents: an open popup or a narrowed span of dates would hide or cover them.
  return {
    ...state,
    tourStepId: stepId,
    tourReturn,
    selectedIncidentId: null,
    highlightedPassageId: null,
    dateSpan: ALL_DATES,
  };
}

function leaveTour(state: ViewState): ViewState {
  if (state.tourStepId === null) return state;
  // Opened from a link, a presentation has nothing to return to: the reader stays on the map as it is.
  return { ...state, ...state.tourReturn, tourStepId: null, tourReturn: null };
}

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
    case 'showTourStep':
      return showTourStep(state, action.stepId);
    case 'leaveTour':
      return leaveTour(state);
    case 'setDateSpan': {
      const { from, to } = action.dateSpan;
      if (state.dateSpan.from === from && state.dateSpan.to === to) return state;
      return { ...state, dateSpan: { from, to } };
    }
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
    case 'showTourStep':
    case 'leaveTour':
    case 'setDateSpan':
      return 'push';

    case 'moveMap':
    case 'chooseBasemap':
      return 'replace';
    case 'restore':
      return 'none';
  }
}
