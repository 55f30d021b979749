import Supercluster from 'supercluster';
import type { BoundingBox } from '../model/geojson.ts';
import type { Incident } from '../model/incident.ts';
import { drawsClusters } from './clusterThreshold.ts';
import { isPlaced, type PlacedIncident } from './placedIncident.ts';

// Past a few hundred markers a map of divIcons is slow to draw and unreadable where they pile up. Supercluster groups
// points that would overlap at each zoom (a k-d tree per zoom, built once); asking for the groups in view is then a
// few milliseconds however many incidents the story has.

export type ClusterItem =
  | {
      kind: 'cluster';
      /** Stable for one index and zoom: a key for the marker that draws it. */
      clusterId: number;
      count: number;
      /** [longitude, latitude]: the mean position of the incidents in it. */
      position: [number, number];
    }
  | { kind: 'incident'; incident: PlacedIncident };

export interface IncidentClusters {
  index: Supercluster<IncidentReference, Record<string, never>>;
  incidents: readonly PlacedIncident[];
}

/** What the index keeps per point: where to find the incident, not a copy of it. */
interface IncidentReference {
  position: number;
}

/** Markers closer than this many screen pixels merge: about two marker widths, so that none hides another. */
const CLUSTER_RADIUS_PX = 60;
/** Beyond this zoom (streets) every incident stands alone, even incidents at the same point. */
export const LAST_CLUSTERED_ZOOM = 16;

/** Builds the index for these incidents: the costly step, to run once per set of incidents shown. */
export function clusterIncidents(incidents: readonly PlacedIncident[]): IncidentClusters {
  // No `reduce`: clusters carry only their count, not merged copies of their incidents' properties.
  const index = new Supercluster<IncidentReference, Record<string, never>>({
    radius: CLUSTER_RADIUS_PX,
    maxZoom: LAST_CLUSTERED_ZOOM,
  });
  index.load(
    incidents.map((incident, position) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [incident.geometry.coordinates[0], incident.geometry.coordinates[1]] },
      properties: { position },
    })),
  );
  return { index, incidents };
}

/**
 * Indexes built ahead of the map, by the story incidents they were built from: a large story's index is built while its
 * text is still being checked in a Web Worker (readStoryTextOffMainThread), when the page would otherwise wait, and the
 * map then finds it ready. Held only as long as that story is.
 */
const builtAhead = new WeakMap<readonly Incident[], IncidentClusters>();

/** Builds, ahead of the map, the index of every placed incident of a story the map will draw as clusters. */
export function buildClustersAhead(storyIncidents: readonly Incident[]): void {
  const placed = storyIncidents.filter(isPlaced);
  if (drawsClusters(placed.length)) builtAhead.set(storyIncidents, clusterIncidents(placed));
}

function sameIncidents(some: readonly PlacedIncident[], others: readonly PlacedIncident[]): boolean {
  return some.length === others.length && some.every((incident, position) => incident === others[position]);
}

/**
 * The index for the incidents the map shows: the one built ahead for the story when it holds exactly these (no layer
 * hidden, no date left out, the very objects of the story checked), else built now.
 */
export function clustersFor(
  incidents: readonly PlacedIncident[],
  storyIncidents: readonly Incident[],
): IncidentClusters {
  const ahead = builtAhead.get(storyIncidents);
  return ahead !== undefined && sameIncidents(ahead.incidents, incidents) ? ahead : clusterIncidents(incidents);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The clusters and lone incidents within a box at a zoom. Leaflet's zoom may be fractional (the map snaps to
 * quarters); the clusters are those of the whole zoom level below it, so they never grow as the map zooms in.
 */
export function clustersInView(
  clusters: IncidentClusters,
  [west, south, east, north]: BoundingBox,
  zoom: number,
): ClusterItem[] {
  // A view wider than the world asks for all of it; supercluster takes longitudes in [-180, 180].
  const box: BoundingBox =
    east - west >= 360 ? [-180, clamp(south, -90, 90), 180, clamp(north, -90, 90)] : [west, south, east, north];
  const features = clusters.index.getClusters(
    [clamp(box[0], -180, 180), box[1], clamp(box[2], -180, 180), box[3]],
    Math.floor(clamp(zoom, 0, LAST_CLUSTERED_ZOOM + 1)),
  );
  return features.flatMap((feature): ClusterItem[] => {
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      const [longitude = 0, latitude = 0] = feature.geometry.coordinates;
      return [
        {
          kind: 'cluster',
          clusterId: properties.cluster_id,
          count: properties.point_count,
          position: [longitude, latitude],
        },
      ];
    }
    const incident = clusters.incidents[properties.position];
    return incident === undefined ? [] : [{ kind: 'incident', incident }];
  });
}

/** The zoom at which a cluster first splits apart: where pressing it takes the map. */
export function zoomToExpand(clusters: IncidentClusters, clusterId: number): number {
  return clusters.index.getClusterExpansionZoom(clusterId);
}
