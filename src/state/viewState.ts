import { LAYER_IDS, type LayerId } from './layers.ts';

/** Where the map looks: Leaflet's zoom and centre, in degrees. Null means "the story's default bounds". */
export interface MapView {
  zoom: number;
  latitude: number;
  longitude: number;
}

export type BasemapChoice = 'online' | 'offline';

/** The span of local dates (YYYY-MM-DD, both ends included) the map and the list show; null leaves that end open. */
export interface DateSpan {
  from: string | null;
  to: string | null;
}

/** What a reader was looking at before a presentation began, so leaving it puts them back there. */
export type TourReturn = Pick<
  ViewState,
  'selectedIncidentId' | 'highlightedPassageId' | 'visibleLayers' | 'mapView' | 'dateSpan'
>;

/** Everything a shared link reproduces. */
export interface ViewState {
  selectedIncidentId: string | null;
  /** The passage whose quoted words are marked in the article. */
  highlightedPassageId: string | null;
  visibleLayers: ReadonlySet<LayerId>;
  mapView: MapView | null;
  basemap: BasemapChoice;
  /** The tour step being presented; null when not presenting. */
  tourStepId: string | null;
  dateSpan: DateSpan;
  /** Not in the link: the view to return to when the presentation ends (null when it was opened from a link). */
  tourReturn: TourReturn | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  selectedIncidentId: null,
  highlightedPassageId: null,
  visibleLayers: new Set(LAYER_IDS),
  mapView: null,
  basemap: 'online',
  tourStepId: null,
  dateSpan: { from: null, to: null },
  tourReturn: null,
};
