import { describe, expect, it } from 'vitest';
import { generateStory } from '../../../../bench/generateStory.ts';
import { MOST_TIMELINE_MARKS, timelineDensity } from '../../../../src/data/time/timelineDensity.ts';
import { storyDays } from '../../../../src/data/time/timelinePlacement.ts';
import {
  buildClustersAhead,
  clusterIncidents,
  clustersFor,
  clustersInView,
  LAST_CLUSTERED_ZOOM,
  zoomToExpand,
} from '../../../../src/spatial/incidentClusters.ts';
import { isPlaced } from '../../../../src/spatial/placedIncident.ts';
import { MOST_PLAY_STOPS, nextPlayStop, playStops } from '../../../../src/state/playStops.ts';
import { hiddenIncidentIds } from '../../../../src/state/incidentVisibility.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

// Stories far larger than one article's: a generated dataset of 5,000 incidents (the bench's generator, seeded).
const story = generateStory(fixtureStory(), 5000);
const incidents = story.incidents.features;
const placed = incidents.filter(isPlaced);
const WORLD = [-180, -85, 180, 85] as const;

function countIn(items: ReturnType<typeof clustersInView>): number {
  return items.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0);
}

describe('an index built ahead, while the story is checked', () => {
  /** A story over the clustering threshold, its index built ahead as the page does while the worker checks it. */
  function builtAheadStory() {
    const all = generateStory(fixtureStory(), 800).incidents.features;
    buildClustersAhead(all);
    const shown = all.filter(isPlaced);
    return { all, shown, ahead: clustersFor(shown, all) };
  }

  it('is what the map gets for the story’s own placed incidents, not a second one', () => {
    const { all, shown, ahead } = builtAheadStory();
    expect(clustersFor([...shown], all)).toBe(ahead);
    expect(countIn(clustersInView(ahead, [...WORLD], 0))).toBe(shown.length);
  });

  it('is not used for other incidents: a layer hidden, another story, or copies of the same incidents', () => {
    const { all, shown, ahead } = builtAheadStory();
    const strikesOnly = shown.filter((incident) => incident.properties.kind === 'strike');
    const fewer = clustersFor(strikesOnly, all);
    expect(fewer).not.toBe(ahead);
    expect(countIn(clustersInView(fewer, [...WORLD], 0))).toBe(strikesOnly.length);
    expect(clustersFor(shown, [...all])).not.toBe(ahead);
    expect(clustersFor(structuredClone(shown), all)).not.toBe(ahead);
  });

  it('is not built for a story the map draws one marker at a time', () => {
    const all = generateStory(fixtureStory(), 100).incidents.features;
    buildClustersAhead(all);
    const shown = all.filter(isPlaced);
    expect(clustersFor(shown, all)).not.toBe(clustersFor(shown, all));
  });
});

describe('clusterIncidents and clustersInView', () => {
  const clusters = clusterIncidents(placed);

  it('accounts for every incident exactly once at every zoom, whatever the grouping', () => {
    for (const zoom of [0, 3, 5, 8, LAST_CLUSTERED_ZOOM]) {
      expect(countIn(clustersInView(clusters, [...WORLD], zoom)), `zoom ${zoom}`).toBe(placed.length);
    }
  });

  it('groups many at a low zoom and draws far fewer items than incidents', () => {
    const items = clustersInView(clusters, [...WORLD], 4);
    expect(items.length).toBeLessThan(placed.length / 20);
    expect(items.some((item) => item.kind === 'cluster' && item.count > 100)).toBe(true);
  });

  it('returns the very incident objects it was given, not copies', () => {
    const lone = clustersInView(clusters, [...WORLD], LAST_CLUSTERED_ZOOM + 1).find((item) => item.kind === 'incident');
    expect(lone?.kind === 'incident' && placed.includes(lone.incident)).toBe(true);
  });

  it('keeps to the box asked for', () => {
    const box = [60, 25, 65, 30] as const;
    const items = clustersInView(clusters, [...box], LAST_CLUSTERED_ZOOM + 1);
    const inside = placed.filter(
      ({
        geometry: {
          coordinates: [x = 0, y = 0],
        },
      }) => x >= 60 && x <= 65 && y >= 25 && y <= 30,
    );
    expect(countIn(items)).toBe(inside.length);
    expect(inside.length).toBeGreaterThan(0);
  });

  it('takes a view wider than the world, or a fractional zoom, as the whole world at the zoom below', () => {
    expect(countIn(clustersInView(clusters, [-400, -100, 400, 100], 2.75))).toBe(placed.length);
    expect(clustersInView(clusters, [-400, -100, 400, 100], 2.75)).toEqual(clustersInView(clusters, [...WORLD], 2));
  });

  it('names a zoom at which a cluster splits', () => {
    const cluster = clustersInView(clusters, [...WORLD], 3).find((item) => item.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('expected a cluster at zoom 3');
    const zoom = zoomToExpand(clusters, cluster.clusterId);
    expect(zoom).toBeGreaterThan(3);
    expect(zoom).toBeLessThanOrEqual(LAST_CLUSTERED_ZOOM + 1);
  });

  it('draws nothing for no incidents', () => {
    expect(clustersInView(clusterIncidents([]), [...WORLD], 5)).toEqual([]);
  });
});

describe('timelineDensity', () => {
  const days = storyDays(incidents);

  it('counts every dated incident once, in bins of equal time', () => {
    const density = timelineDensity(incidents, days, new Set());
    const dated = incidents.filter((incident) => incident.properties.when !== null).length;
    expect(dated).toBeGreaterThan(MOST_TIMELINE_MARKS);
    expect(density.dated).toBe(dated);
    expect(density.bins.reduce((sum, bin) => sum + bin.shown + bin.hidden, 0)).toBe(dated);
    expect(density.bins).toHaveLength(days.length * 8);
    expect(density.mostInABin).toBe(Math.max(...density.bins.map((bin) => bin.shown + bin.hidden)));
  });

  it('splits each bin into shown and hidden as the time controls say', () => {
    const hidden = hiddenIncidentIds(incidents, { from: days[1] ?? null, to: null }, null);
    const density = timelineDensity(incidents, days, hidden);
    expect(density.bins.reduce((sum, bin) => sum + bin.hidden, 0)).toBe(hidden.size);
    // The first day is outside the span: its bins hold only hidden incidents.
    expect(density.bins.slice(0, 8).every((bin) => bin.shown === 0)).toBe(true);
  });

  it('names the busiest local day with its count', () => {
    const perDay = new Map<string, number>();
    for (const { properties } of incidents) {
      if (properties.when) perDay.set(properties.when.date, (perDay.get(properties.when.date) ?? 0) + 1);
    }
    const most = Math.max(...perDay.values());
    const { busiestDay } = timelineDensity(incidents, days, new Set());
    expect(busiestDay?.count).toBe(most);
    expect(perDay.get(busiestDay?.day ?? '')).toBe(most);
  });

  it('has no bars and no busiest day without dated incidents', () => {
    expect(timelineDensity([], [], new Set())).toMatchObject({ dated: 0, mostInABin: 0, busiestDay: null });
  });
});

describe('playStops for a dataset', () => {
  it('moves in at most MOST_PLAY_STOPS equal steps from the first instant to the last', () => {
    const stops = playStops(incidents, { from: null, to: null });
    expect(stops).toHaveLength(MOST_PLAY_STOPS);
    const exact = playStops(incidents.slice(0, 20), { from: null, to: null });
    expect(exact.length).toBeLessThanOrEqual(20);
    const all = incidents.flatMap(({ properties: { when } }) => (when ? [when] : []));
    expect(all.length).toBeGreaterThan(MOST_PLAY_STOPS);
    const gaps = stops.slice(1).map((stop, index) => stop - (stops[index] ?? 0));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
    // The last stop shows everything: nothing is after it.
    expect(nextPlayStop(stops, stops[stops.length - 1] ?? 0)).toBeNull();
    expect(hiddenIncidentIds(incidents, { from: null, to: null }, stops[stops.length - 1] ?? 0).size).toBe(0);
  });
});
