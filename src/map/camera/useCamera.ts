import type { FitBoundsOptions, LatLng, LatLngTuple, Map as LeafletMap } from 'leaflet';
import { createContext, use, useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { BoundingBox } from '../../model/geojson.ts';
import { sameView } from '../../state/mapView.ts';
import type { MapView } from '../../state/viewState.ts';
import { toLatLngBounds } from '../toLatLng.ts';
import { planLinkMove, planSelectionMove, planStepMove, type CameraMove, type CameraNow } from './cameraPlan.ts';

export interface CameraProps {
  /** Changes when the page's layout changes around the map (presentation mode begins or ends). */
  layout: string;
  /** The view the link asks for; null means the story's default bounds. */
  link: MapView | null;
  defaultBounds: BoundingBox;
  /** The presented step's bounds; null when not presenting. */
  tourStep: BoundingBox | null;
  /** False when the reader prefers reduced motion: the map then jumps instead of flying. */
  animate: boolean;
  onMoved: (view: MapView) => void;
}

/** Shared between the camera and the layers that ask it to move: whether the page is being printed. */
export interface CameraState {
  printing: boolean;
}

export const CameraContext = createContext<CameraState>({ printing: false });

/** How long the map must stay still before its view is written to the URL. */
const SETTLE_MS = 300;

function viewOf(map: LeafletMap): MapView {
  const centre = map.getCenter();
  return { zoom: map.getZoom(), latitude: centre.lat, longitude: centre.lng };
}

function nowOf(map: LeafletMap): CameraNow {
  return { view: viewOf(map), contains: (position) => map.getBounds().contains(position) };
}

/**
 * The story's default view leaves the zoom and pan buttons' column clear, so that no marker starts under them (a marker
 * half hidden is a smaller target, WCAG 2.5.8); a map too narrow to spare it (or with no layout) is fitted whole.
 */
const DEFAULT_VIEW_PADDING_PX = 60;

function controlsPadding(map: LeafletMap): FitBoundsOptions {
  return map.getSize().x > 4 * DEFAULT_VIEW_PADDING_PX ? { paddingTopLeft: [DEFAULT_VIEW_PADDING_PX, 0] } : {};
}

export function applyMove(map: LeafletMap, move: CameraMove, animate: boolean): void {
  switch (move.type) {
    case 'fitBounds':
      map.fitBounds(toLatLngBounds(move.bounds), {
        ...(move.clearControls === true ? controlsPadding(map) : {}),
        animate: false,
      });
      return;
    case 'flyToBounds':
      map.flyToBounds(toLatLngBounds(move.bounds), { duration: move.durationS });
      return;
    case 'setView':
      map.setView([move.view.latitude, move.view.longitude], move.view.zoom, { animate: false });
      return;
    case 'flyTo':
      map.flyTo(move.centre, move.zoom, { animate });
  }
}

/**
 * Brings a selected marker into view (its popup opens once there), unless the page is printing: the one selection
 * move of the map, used by the incident markers. Returns a cancel: a selection that changes before the map arrives
 * must not open its popup later, when the next move ends (that would close the newer selection's popup while it is
 * still opening, and Leaflet fails half-way through adding it).
 */
export function showSelection(
  map: LeafletMap,
  state: CameraState,
  position: LatLngTuple,
  animate: boolean,
  onShown: () => void,
): () => void {
  const move = state.printing ? null : planSelectionMove(position, nowOf(map));
  if (move === null) {
    onShown();
    return () => {};
  }
  map.once('moveend', onShown);
  applyMove(map, move, animate);
  return () => map.off('moveend', onShown);
}

/**
 * Every move of the map but a selection's, in the order of CAMERA_PRIORITY from the lowest: the new size of a changed
 * layout first, then the link's view (or the default bounds), then the presented step, then the print fit, each
 * effect after the one it must beat. Moving the map reports the view once the map has come to rest.
 */
export function useCameraOn(map: LeafletMap, state: CameraState, props: CameraProps): void {
  const { layout, link, defaultBounds, tourStep, animate, onMoved } = props;

  useEffect(
    function takeNewSize() {
      // At once, before the views below are set, so that they are fitted to the size the map now has; the debounced
      // moveend comes after the new view is set.
      map.invalidateSize({ pan: false, debounceMoveend: true });
    },
    [map, layout],
  );

  useEffect(
    function showLinkedView() {
      const move = planLinkMove(link, defaultBounds, nowOf(map));
      if (move !== null) applyMove(map, move, false);
    },
    [map, link, defaultBounds],
  );

  // Report a view only once the map has come to rest. Reporting every moveend re-renders the app mid-move, and a
  // popup re-rendered while Leaflet pans it into view stops that pan half-way, leaving its top out of reach.
  const pendingReport = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(pendingReport.current), []);
  // Registered afresh on every render, between the link's move and the step's, as the link's own listener always was.
  useEffect(function reportSettledView() {
    function cancel() {
      window.clearTimeout(pendingReport.current);
    }
    function reportLater() {
      cancel();
      pendingReport.current = window.setTimeout(() => {
        const view = viewOf(map);
        if (link === null || !sameView(view, link)) onMoved(view);
      }, SETTLE_MS);
    }
    map.on('movestart', cancel);
    map.on('moveend', reportLater);
    return () => {
      map.off('movestart', cancel);
      map.off('moveend', reportLater);
    };
  });

  const presenting = useRef(false);
  useEffect(
    function frameStep() {
      const move = planStepMove(tourStep, presenting.current, animate);
      presenting.current = tourStep !== null;
      if (move !== null) applyMove(map, move, animate);
    },
    [map, tourStep, animate],
  );

  useEffect(
    function showWholeStoryWhilePrinting() {
      // Chromium announces printing twice (beforeprint, and the print media query once the print layout applies):
      // each refits, so the last, at paper size, wins. The screen view given back is the last one seen on screen.
      const printMedia = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
      let screenView: { centre: LatLng; zoom: number } = { centre: map.getCenter(), zoom: map.getZoom() };
      function rememberScreenView() {
        if (state.printing || printMedia?.matches === true) return;
        screenView = { centre: map.getCenter(), zoom: map.getZoom() };
      }
      function fitForPrint() {
        state.printing = true;
        map.invalidateSize({ pan: false });
        applyMove(map, { type: 'fitBounds', bounds: defaultBounds }, false);
      }
      function restoreScreenView() {
        if (!state.printing) return;
        state.printing = false;
        const { centre, zoom } = screenView;
        // The screen layout may not be back yet when print ends: the next frame lays it out.
        window.requestAnimationFrame(() => {
          if (state.printing) return;
          map.invalidateSize({ pan: false });
          map.setView(centre, zoom, { animate: false });
        });
      }
      function followPrintMedia(event: MediaQueryListEvent) {
        if (event.matches) fitForPrint();
        else restoreScreenView();
      }
      map.on('moveend', rememberScreenView);
      window.addEventListener('beforeprint', fitForPrint);
      window.addEventListener('afterprint', restoreScreenView);
      printMedia?.addEventListener('change', followPrintMedia);
      return () => {
        map.off('moveend', rememberScreenView);
        window.removeEventListener('beforeprint', fitForPrint);
        window.removeEventListener('afterprint', restoreScreenView);
        printMedia?.removeEventListener('change', followPrintMedia);
      };
    },
    [map, state, defaultBounds],
  );
}

/** The one component that moves the map; first among the map's children, so that its moves come before the layers'. */
export function Camera(props: CameraProps) {
  useCameraOn(useMap(), use(CameraContext), props);
  return null;
}

/** The moves a layer may ask of the camera: bring a selected marker into view, and zoom in on a cluster. */
export function useCameraMoves(animate: boolean) {
  const map = useMap();
  const state = use(CameraContext);
  return useMemo(
    () => ({
      showSelection: (position: LatLngTuple, onShown: () => void): (() => void) =>
        showSelection(map, state, position, animate, onShown),
      zoomTo: (centre: LatLngTuple, zoom: number) => {
        if (!state.printing) map.flyTo(centre, zoom, { animate });
      },
    }),
    [map, state, animate],
  );
}
