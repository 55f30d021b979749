import { useMemo } from 'react';
import type { Basemap } from '../../model/region.ts';
import type { Story } from '../../model/story.ts';
import { drawsClusters } from '../../spatial/clusterThreshold.ts';
import { countryLabelSpecs, regionLabelSpecs } from './mapLabelSpecs.ts';
import { MapLabels } from './MapLabels.tsx';
import { toLatLng } from '../toLatLng.ts';

interface StoryLabelsProps {
  story: Story;
  /** The offline basemap when it is drawn: its country names join the story's province names. */
  offlineBasemap: Basemap | null;
}

/** The names on a story's map, kept clear of its markers. */
export function StoryLabels({ story, offlineBasemap }: StoryLabelsProps) {
  const labels = useMemo(
    () => [...regionLabelSpecs(story.regions), ...(offlineBasemap ? countryLabelSpecs(offlineBasemap) : [])],
    [story.regions, offlineBasemap],
  );
  const markerPositions = useMemo(() => {
    const { features } = story.incidents;
    // Where incidents are drawn as clusters, the markers on screen are not the incidents, and keeping names clear of
    // a hundred thousand points would cost every zoom a long pause: names then give way to nothing (markers are drawn
    // above them). Counted first, so that such a story's positions are never made (40 ms for 100,000).
    const placed = features.reduce((count, incident) => (incident.geometry ? count + 1 : count), 0);
    if (drawsClusters(placed)) return [];
    return features.flatMap((incident) => (incident.geometry ? [toLatLng(incident.geometry.coordinates)] : []));
  }, [story.incidents]);
  return <MapLabels labels={labels} avoid={markerPositions} />;
}
