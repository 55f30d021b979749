import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GeoJSON, MapContainer } from 'react-leaflet';

// The smallest map any app on this stack can be: React, react-leaflet and Leaflet, one GeoJSON layer, no tiles.
// Only its JS and CSS sizes are a budget's floor; it draws the basemap so that it is a working map, not a stub.

const BASEMAP_URL = `${import.meta.env.BASE_URL}data/iran-pakistan-2024/basemap.geojson`;

function FloorMap() {
  const [basemap, setBasemap] = useState<FeatureCollection | null>(null);
  useEffect(function loadBasemap() {
    void fetch(BASEMAP_URL)
      .then((response) => response.json() as Promise<FeatureCollection>)
      .then(setBasemap);
  }, []);
  useEffect(
    function signalDrawn() {
      if (basemap !== null) document.documentElement.dataset.benchDrawn = '0';
    },
    [basemap],
  );
  return (
    <MapContainer
      bounds={[
        [23, 34.5],
        [38.5, 75.5],
      ]}
      style={{ position: 'absolute', inset: 0 }}
    >
      {basemap !== null && <GeoJSON data={basemap} />}
    </MapContainer>
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('no #root element');
createRoot(root).render(
  <StrictMode>
    <FloorMap />
  </StrictMode>,
);
