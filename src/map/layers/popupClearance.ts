import { Popup, type Map as LeafletMap } from 'leaflet';

/** Leaflet's padding on the left (the zoom and pan buttons' column) and the least at the top. */
const LEFT_PX = 52;
const LEAST_TOP_PX = 100;
/** Room kept between a popup's top and the bar above it. */
const MARGIN_PX = 8;

/**
 * The toolbar laid over the map (the app's map tools, class "map-toolbar"): only it wraps to more rows as the map
 * narrows. Anything else over the map at that moment (a presentation card on its way out, a notice) is not a bar the
 * popup must stay below.
 */
const TOOLBAR_SELECTOR = '.map-toolbar';

/**
 * How far down from the map's top edge the toolbar laid over it reaches: it wraps to two or three rows on a phone.
 * Read from the toolbar's own box: asking the page what is drawn at a grid of points took about a hundred hit tests
 * on every click, and a marker's popup opened in 54 ms instead of 42 (the real story, medians of 8 interleaved
 * clicks). A toolbar that is hidden (no box) or lies outside the map's upper half keeps nothing clear.
 */
export function topBarClearance(map: LeafletMap): number {
  const area = map.getContainer().getBoundingClientRect();
  let lowest = 0;
  for (const toolbar of document.querySelectorAll(TOOLBAR_SELECTOR)) {
    const box = toolbar.getBoundingClientRect();
    const shown = box.width > 0 && box.height > 0;
    const overUpperHalf =
      box.left < area.right && box.right > area.left && box.top < area.top + area.height / 2 && box.bottom > area.top;
    if (shown && overUpperHalf) lowest = Math.max(lowest, box.bottom - area.top);
  }
  return lowest;
}

/**
 * Sets the room a popup keeps clear when Leaflet pans it into view: below the toolbar as tall as it is now, so that its
 * title and close button are never hidden under it (WCAG 2.4.11). Call just before the popup opens.
 */
export function keepPopupClearOfBars(map: LeafletMap, popup: Popup | undefined): void {
  if (popup === undefined) return;
  const top = Math.max(LEAST_TOP_PX, topBarClearance(map) + MARGIN_PX);
  popup.options.autoPanPaddingTopLeft = [LEFT_PX, top];
}

/**
 * Pans the open popup into view again, after the map moved under it by no choice of the reader (the offline basemap's
 * least zoom arriving): Leaflet pans a popup into view only when it opens.
 */
export function panOpenPopupIntoView(map: LeafletMap): void {
  map.eachLayer((layer) => {
    if (!(layer instanceof Popup)) return;
    keepPopupClearOfBars(map, layer);
    // Lays the popup out again and pans it into view with the room just set.
    layer.update();
  });
}
