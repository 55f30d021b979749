import 'leaflet/dist/leaflet.css';
import { divIcon, layerGroup, marker as createMarker, type Marker } from 'leaflet';
import Supercluster from 'supercluster';
import type { Incident } from '../../src/model/incident.ts';
import '../pageKit/page.css';
import {
  fetchStoryFiles,
  incidentMarker,
  partyMarksOfStory,
  passageNumbersOf,
  showFailure,
  signalDrawn,
  storyMap,
} from '../pageKit/storyMap.ts';

// The floor at scale: Leaflet with supercluster, re-clustered on every moveend; only what is in view is in the DOM.

interface PointProperties {
  index: number;
}

function clusterIcon(count: number) {
  const size = count < 100 ? 32 : count < 1000 ? 40 : 48;
  const label = document.createElement('span');
  label.textContent = count >= 1000 ? `${Math.round(count / 1000)}k` : String(count);
  return divIcon({ html: label, className: 'bench-cluster', iconSize: [size, size] });
}

async function main(): Promise<void> {
  const container = document.getElementById('map');
  if (container === null) throw new Error('no #map element');
  const { story, basemap } = await fetchStoryFiles();
  const map = storyMap(container, story, basemap);
  const marks = partyMarksOfStory(story);
  const passageNumbers = passageNumbersOf(story);
  const incidents: Incident[] = story.incidents.features;

  const index = new Supercluster<PointProperties>({ radius: 60, maxZoom: 16 });
  index.load(
    incidents.flatMap((incident, position) =>
      incident.geometry === null
        ? []
        : [{ type: 'Feature', geometry: incident.geometry, properties: { index: position } }],
    ),
  );

  const layer = layerGroup().addTo(map);
  const shown = new Map<string, Marker>();

  function markerFor(feature: ReturnType<typeof index.getClusters>[number]): Marker | null {
    const [longitude, latitude] = feature.geometry.coordinates as [number, number];
    if ('cluster' in feature.properties && feature.properties.cluster) {
      const clusterId = feature.properties.cluster_id;
      return createMarker([latitude, longitude], { icon: clusterIcon(feature.properties.point_count) }).on(
        'click',
        () => map.setView([latitude, longitude], Math.min(index.getClusterExpansionZoom(clusterId), 18)),
      );
    }
    const incident = incidents[(feature.properties as PointProperties).index];
    const mark = incident && marks.get(incident.properties.actors.initiator.party);
    return incident === undefined || mark === undefined ? null : incidentMarker(incident, mark, passageNumbers);
  }

  function render(): void {
    const bounds = map.getBounds();
    const box: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const features = index.getClusters(box, Math.round(map.getZoom()));
    const wanted = new Set<string>();
    for (const feature of features) {
      const properties = feature.properties;
      const key =
        'cluster' in properties && properties.cluster
          ? `c${properties.cluster_id}`
          : `p${(properties as PointProperties).index}`;
      wanted.add(key);
      if (shown.has(key)) continue;
      const marker = markerFor(feature);
      if (marker === null) continue;
      shown.set(key, marker);
      layer.addLayer(marker);
    }
    for (const [key, marker] of shown) {
      if (wanted.has(key) || marker.isPopupOpen()) continue;
      layer.removeLayer(marker);
      shown.delete(key);
    }
    signalDrawn(shown.size);
  }

  map.on('moveend', render);
  render();
}

main().catch(showFailure);
