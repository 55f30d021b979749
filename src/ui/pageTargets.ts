/**
 * Ids of the places in the page that keyboard shortcuts lead to (the skip links, "Back to the map"). Here rather than
 * in one of the folders that draw them, because the map, the panels and the app all need the same names.
 */
export const PAGE_TARGETS = {
  /** The map itself (Leaflet's container, which takes focus and moves with the arrow keys). */
  map: 'citemap-map',
  /** The article beside the map. */
  article: 'citemap-article',
} as const;

export type PageTarget = keyof typeof PAGE_TARGETS;
