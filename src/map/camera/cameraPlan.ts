import type { LatLngTuple } from 'leaflet';
import type { BoundingBox } from '../../model/geojson.ts';
import { sameView } from '../../state/mapView.ts';
import type { MapView } from '../../state/viewState.ts';

/**
 * Who may move the map, highest first: while printing nothing else moves it; a presented step beats a selection; a
 * selection's flight beats the link's view; the link's view beats the story's default bounds.
 */
export const CAMERA_PRIORITY = ['print', 'tourStep', 'selection', 'link', 'default'] as const;

/** How close the map comes when it flies to an incident that was chosen off the map (list, article, link). */
export const MIN_ZOOM_FOR_SELECTION = 5;

export type CameraMove =
  /** `clearControls`: the story's default view, which leaves the zoom and pan buttons' column clear (WCAG 2.5.8). */
  | { type: 'fitBounds'; bounds: BoundingBox; clearControls?: boolean }
  | { type: 'flyToBounds'; bounds: BoundingBox; durationS: number }
  | { type: 'setView'; view: MapView }
  | { type: 'flyTo'; centre: LatLngTuple; zoom: number };

/** What the map shows now, as far as planning a move needs to know. */
export interface CameraNow {
  view: MapView;
  contains(position: LatLngTuple): boolean;
}

/** The link's view, or the story's default bounds when the link names none; nothing when the map already shows it. */
export function planLinkMove(link: MapView | null, defaultBounds: BoundingBox, now: CameraNow): CameraMove | null {
  if (link === null) return { type: 'fitBounds', bounds: defaultBounds, clearControls: true };
  return sameView(now.view, link) ? null : { type: 'setView', view: link };
}

/** A presented step's bounds: jumped to on entering presentation, as the page itself jumps; later steps are flown to. */
export function planStepMove(
  step: BoundingBox | null,
  alreadyPresenting: boolean,
  animate: boolean,
): CameraMove | null {
  if (step === null) return null;
  return animate && alreadyPresenting
    ? { type: 'flyToBounds', bounds: step, durationS: 0.8 }
    : { type: 'fitBounds', bounds: step };
}

/** A selected marker outside the view is flown to, no further out than the current zoom, and no further than 5. */
export function planSelectionMove(position: LatLngTuple, now: CameraNow): CameraMove | null {
  if (now.contains(position)) return null;
  return { type: 'flyTo', centre: position, zoom: Math.max(now.view.zoom, MIN_ZOOM_FOR_SELECTION) };
}
