import 'leaflet/dist/leaflet.css';
import { layerGroup } from 'leaflet';
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

// The floor for the app's figures: plain Leaflet, no React, no validation, one divIcon marker per incident.

async function main(): Promise<void> {
  const container = document.getElementById('map');
  if (container === null) throw new Error('no #map element');
  const { story, basemap } = await fetchStoryFiles();
  const map = storyMap(container, story, basemap);
  const marks = partyMarksOfStory(story);
  const passageNumbers = passageNumbersOf(story);
  const markers = story.incidents.features.flatMap((incident) => {
    const mark = marks.get(incident.properties.actors.initiator.party);
    const marker = mark === undefined ? null : incidentMarker(incident, mark, passageNumbers);
    return marker === null ? [] : [marker];
  });
  layerGroup(markers).addTo(map);
  signalDrawn(markers.length);
}

main().catch(showFailure);
