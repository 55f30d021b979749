import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { BoundingBox } from '../../model/geojson.ts';
import { sameView } from '../../state/mapView.ts';
import type { MapView } from '../../state/viewState.ts';
import { toLatLngBounds } from '../toLatLng.ts';

interface MapViewSyncProps {
  /** The view to show; null means the story's default bounds. */
  mapView: MapView | null;
  defaultBounds: BoundingBox;
  onMoved: (view: MapView) => void;
}

/** How long the map must stay still before its view is written to the URL. */
const SETTLE_MS = 300;

function viewOf(map: ReturnType<typeof useMap>): MapView {
  const centre = map.getCenter();
  return { zoom: map.getZoom(), latitude: centre.lat, longitude: centre.lng };
}

/** Keeps the map and the view state in step both ways: a restored link moves the map; moving the map updates it. */
export function MapViewSync({ mapView, defaultBounds, onMoved }: MapViewSyncProps) {
  const map = useMap();

  useEffect(
    function showRequestedView() {
      if (mapView === null) {
        map.fitBounds(toLatLngBounds(defaultBounds), { animate: false });
        return;
      }
      if (sameView(viewOf(map), mapView)) return;
      map.setView([mapView.latitude, mapView.longitude], mapView.zoom, { animate: false });
    },
    [map, mapView, defaultBounds],
  );

  // Report a view only once the map has come to rest. Reporting every moveend re-renders the app mid-move, and a
  // popup re-rendered while Leaflet pans it into view stops that pan half-way, leaving its top out of reach.
  const pendingReport = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(pendingReport.current), []);
  useMapEvents({
    movestart() {
      window.clearTimeout(pendingReport.current);
    },
    moveend() {
      window.clearTimeout(pendingReport.current);
      pendingReport.current = window.setTimeout(() => {
        const view = viewOf(map);
        if (mapView === null || !sameView(view, mapView)) onMoved(view);
      }, SETTLE_MS);
    },
  });
  return null;
}
