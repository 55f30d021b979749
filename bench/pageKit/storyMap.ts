import {
  geoJSON,
  map as createMap,
  marker as createMarker,
  tileLayer,
  type LatLngBoundsLiteral,
  type Map as LeafletMap,
  type Marker,
  type PathOptions,
} from 'leaflet';
import type { Incident } from '../../src/model/incident.ts';
import type { Basemap, RegionKind } from '../../src/model/region.ts';
import type { Story } from '../../src/model/story.ts';
import { incidentIcon, partyMarksOf, type PartyMark } from './incidentIcon.ts';

declare global {
  interface Window {
    /** The bench's baselines expose their map, so the harness can check it; the app does not. */
    benchMap?: LeafletMap;
  }
}

const STORY_FOLDER = `${import.meta.env.BASE_URL}data/iran-pakistan-2024/`;

/**
 * The same two files the app fetches, as the app fetches them: the story at once, the offline basemap only once the
 * map goes without tiles (the app no longer fetches it beside the story). No validation: a baseline is the floor, not
 * the app.
 */
export async function fetchStoryFiles(): Promise<{ story: Story; basemap: () => Promise<Basemap | null> }> {
  const basemap = () =>
    fetch(`${STORY_FOLDER}basemap.geojson`)
      .then((response) => (response.ok ? (response.json() as Promise<Basemap>) : null))
      .catch(() => null);
  const response = await fetch(`${STORY_FOLDER}story.json`);
  if (!response.ok) throw new Error(`story.json: HTTP ${response.status}`);
  return { story: (await response.json()) as Story, basemap };
}

/** Region styles as the app's table has them (the band's hatching is a plain fill here). */
const REGION_STYLES: Record<RegionKind, PathOptions> = {
  province: { color: '#7a6a4f', weight: 1.5, opacity: 0.8, fillColor: '#e9dcc0', fillOpacity: 0.35 },
  'border-band': {
    color: '#a0522d',
    weight: 1,
    opacity: 0.7,
    dashArray: '4 4',
    fillColor: '#a0522d',
    fillOpacity: 0.15,
  },
  border: { color: '#3f2a6b', weight: 4, opacity: 0.95, fill: false, lineCap: 'round', lineJoin: 'round' },
  drawn: { color: '#0f6b73', weight: 3, opacity: 0.9, fillColor: '#0f6b73', fillOpacity: 0.12 },
};
const REGION_DRAW_ORDER: Record<RegionKind, number> = { province: 0, 'border-band': 1, border: 2, drawn: 3 };
const COUNTRY_STYLE: PathOptions = { color: '#9c948a', weight: 1, opacity: 1, fillColor: '#f3efe6', fillOpacity: 1 };

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/**
 * A Leaflet map set up as the app sets up its own: the story's default bounds, no animation when the reader asks for
 * reduced motion, OpenStreetMap tiles with the same fallback to the offline basemap (four failures in a row, or no
 * tile within 10 s), and the story's regions.
 */
export function storyMap(container: HTMLElement, story: Story, basemap: () => Promise<Basemap | null>): LeafletMap {
  const animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [west, south, east, north] = story.defaultBounds;
  const bounds: LatLngBoundsLiteral = [
    [south, west],
    [north, east],
  ];
  const map = createMap(container, {
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    keyboard: true,
  }).fitBounds(bounds, { animate: false });
  window.benchMap = map;

  const tiles = tileLayer(OSM_URL, { attribution: OSM_ATTRIBUTION }).addTo(map);
  let failuresInARow = 0;
  let anyTileArrived = false;
  let offline = false;
  const goOffline = () => {
    if (offline) return;
    offline = true;
    tiles.remove();
    void basemap().then((countries) => {
      if (countries !== null) geoJSON(countries, { style: COUNTRY_STYLE, interactive: false }).addTo(map);
    });
  };
  tiles.on('tileload', () => {
    anyTileArrived = true;
    failuresInARow = 0;
  });
  tiles.on('tileerror', () => {
    failuresInARow += 1;
    if (failuresInARow === 4) goOffline();
  });
  window.setTimeout(() => {
    if (!anyTileArrived) goOffline();
  }, 10_000);

  const regions = [...story.regions.features].sort(
    (a, b) => REGION_DRAW_ORDER[a.properties.kind] - REGION_DRAW_ORDER[b.properties.kind],
  );
  for (const region of regions) {
    geoJSON(region, { style: REGION_STYLES[region.properties.kind], interactive: false }).addTo(map);
  }
  return map;
}

export function partyMarksOfStory(story: Story): Map<string, PartyMark> {
  return partyMarksOf(story.incidents.features.map((incident) => incident.properties.actors.initiator.party));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A popup with the essentials the app's popup leads with: title, kind and time, place, each claim and its quote. */
function popupContent(incident: Incident, passageNumbers: ReadonlyMap<string, number>): HTMLElement {
  const { title, kind, when, place, summary, claims } = incident.properties;
  const article = element('article', 'incident-popup');
  article.append(element('h2', 'incident-popup__title', title));
  article.append(
    element('p', 'incident-popup__when', when === null ? kind : `${kind} · ${when.date} ${when.time ?? ''}`),
  );
  article.append(element('p', 'incident-popup__place', place.name));
  article.append(element('p', 'incident-popup__summary', summary));
  const list = element('ul', 'claim-list');
  for (const claim of claims) {
    const item = element('li', 'claim');
    item.append(element('p', 'claim__by', claim.by), element('p', 'claim__statement', claim.statement));
    if (claim.citation.type === 'article') {
      const { quote } = claim.citation;
      item.append(
        element('q', 'citation__quote', quote.exact),
        element('span', 'citation__paragraph', `¶${passageNumbers.get(quote.passageId) ?? '?'}`),
      );
    }
    list.append(item);
  }
  article.append(list);
  return article;
}

/** One marker as the app makes it: divIcon SVG, title, keyboard focus, rise on hover, a popup built on opening. */
export function incidentMarker(
  incident: Incident,
  mark: PartyMark,
  passageNumbers: ReadonlyMap<string, number>,
): Marker | null {
  if (incident.geometry === null) return null;
  const [longitude, latitude] = incident.geometry.coordinates;
  const { title, kind, actors } = incident.properties;
  return createMarker([latitude, longitude], {
    icon: incidentIcon(kind, mark),
    title: `${title} (${kind}, ${actors.initiator.party})`,
    keyboard: true,
    riseOnHover: true,
  }).bindPopup(() => popupContent(incident, passageNumbers), {
    maxWidth: 360,
    minWidth: 260,
    maxHeight: 380,
    autoPanPadding: [24, 24],
  });
}

export function passageNumbersOf(story: Story): Map<string, number> {
  return new Map(story.article.passages.map((passage) => [passage.id, passage.number]));
}

/** Tells the harness how many incident icons are on the map once they are all added. */
export function signalDrawn(count: number): void {
  document.documentElement.dataset.benchDrawn = String(count);
}

export function showFailure(error: unknown): void {
  document.documentElement.dataset.benchError = String(error);
  document.body.append(element('p', 'bench-error', `The baseline failed: ${String(error)}`));
}
