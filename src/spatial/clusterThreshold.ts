/**
 * Up to this many incidents with a place, each is drawn as its own marker, as a reader expects of a story told by one
 * article. Past it (a dataset of a region's year, say) incidents that would overlap are drawn as numbered clusters:
 * a thousand divIcons take seconds to draw and cannot be told apart anyway.
 */
export const MOST_MARKERS_DRAWN_ONE_BY_ONE = 500;

export function drawsClusters(placedIncidentCount: number): boolean {
  return placedIncidentCount > MOST_MARKERS_DRAWN_ONE_BY_ONE;
}
