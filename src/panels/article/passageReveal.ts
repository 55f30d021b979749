/**
 * A request to bring a passage into view. A fresh object each time, so asking twice for the same passage (after
 * scrolling away from it) scrolls again.
 */
export interface PassageRevealRequest {
  passageId: string;
  /** Move keyboard focus to the passage too: yes when the reader asked from a popup, no when a link opened the page. */
  moveFocus: boolean;
}
