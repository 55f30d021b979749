import type { ReactNode } from 'react';

/**
 * Phones and narrow windows (app.css's breakpoint): the map and the side column stack, and the map is the page's whole
 * width and 55 % of its height. Only there is the map's size known before the story arrives: side by side, the map's
 * height depends on the header and timeline the story fills, and a taller stand-in can frame the story at another
 * zoom, whose tiles the map never uses (at 1920 × 1080 it missed 4 of the map's 24).
 */
export const STACKED_LAYOUT_QUERY = '(max-width: 55.99rem)';

interface StoryLoadingLayoutProps {
  /** What says the story is on its way, shown where the map will be. */
  children: ReactNode;
  /** The unseen map that fetches the opening tiles meanwhile (OpeningTiles), or null. */
  openingTiles: ReactNode;
}

/**
 * The loaded story's frame (LoadedStory) before the story arrives: the map's place, at the size the map will have, and
 * the side column beside or below it. The page does not jump when the story comes, and the opening tiles can be
 * fetched for the map's real size.
 */
export function StoryLoadingLayout({ children, openingTiles }: StoryLoadingLayoutProps) {
  return (
    <div className="story-layout">
      <div className="story-layout__map">
        <div className="map-area">
          <div className="story-map story-map--loading">
            {openingTiles}
            {children}
          </div>
        </div>
      </div>
      <div className="story-layout__side" />
    </div>
  );
}
