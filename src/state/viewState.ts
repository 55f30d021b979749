import { LAYER_IDS, type LayerId } from './layers.ts';

/** Where the map looks: Leaflet's zoom and centre, in degrees. Null means "the story's default bounds". */
export interface MapView {
  zoom: number;
  latitude: number;
  longitude: number;
}

export type BasemapChoice = 'online' | 'offline';

/** Everything a shared link reproduces. */
export interface ViewState {
  selectedIncidentId: string | null;
  /** The passage whose quoted words are marked in the article. */
  highlightedPassageId: string | null;
  visibleLayers: ReadonlySet<LayerId>;
  mapView: MapView | null;
  basemap: BasemapChoice;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  selectedIncidentId: null,
  highlightedPassageId: null,
  visibleLayers: new Set(LAYER_IDS),
  mapView: null,
  basemap: 'online',
};
