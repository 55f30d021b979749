import { PanButtons } from './PanButtons.tsx';
import { RevealFocusOnMap } from './RevealFocusOnMap.tsx';

interface MapAidsProps {
  animate: boolean;
}

/**
 * What makes the map usable without dragging and keeps keyboard focus in sight (WCAG 2.5.7, 2.4.11). Fetched as a chunk
 * of its own just after the map (StoryMap): the first paint does not need it.
 */
export function MapAids({ animate }: MapAidsProps) {
  return (
    <>
      <PanButtons animate={animate} />
      <RevealFocusOnMap />
    </>
  );
}
