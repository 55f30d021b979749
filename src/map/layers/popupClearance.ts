import { point, Popup, type Map as LeafletMap, type Point } from 'leaflet';

/**
 * Leaflet's padding on the side of the zoom and pan buttons' column (the left; the right in a right-to-left language,
 * rightToLeft.css) and the least at the top.
 */
const BUTTONS_SIDE_PX = 52;
const LEAST_TOP_PX = 100;
/** Room kept between a popup's top and the bar above it. */
const MARGIN_PX = 8;
/**
 * What a popup adds around its content: the content's margins (12 px above and below, incidentPopup.css) and the
 * wrapper's 1 px edges. Leaflet's maxHeight is the content's.
 */
const POPUP_FRAME_PX = 26;
/** The least content a popup keeps on a map too short for the rest: a few lines, scrolled. */
const LEAST_CONTENT_PX = 120;
/** Each popup's own maxHeight and padding below, as its component set them: what holds where there is room. */
const ownLayout = new WeakMap<Popup, { maxHeight: number; bottomRight: Point }>();

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
 * title and close button are never hidden under it (WCAG 2.4.11). Its content is also capped to the height left
 * between that room and the padding below, so that it scrolls inside the popup instead of running past the map's
 * edge: on a laptop's 720 px screen the map is about 440 px tall, and a strike's popup (380 px of content) would
 * otherwise lose its last lines, "Full record" among them, below the map, where no pointer reaches them. Call just
 * before the popup opens, and again before laying out one whose content changed.
 */
export function keepPopupClearOfBars(map: LeafletMap, popup: Popup | undefined): void {
  if (popup === undefined) return;
  const own = ownLayout.get(popup) ?? {
    maxHeight: popup.options.maxHeight ?? Infinity,
    // As Leaflet's own pan reads it.
    bottomRight: point(popup.options.autoPanPaddingBottomRight ?? popup.options.autoPanPadding ?? [5, 5]),
  };
  ownLayout.set(popup, own);
  const top = Math.max(LEAST_TOP_PX, topBarClearance(map) + MARGIN_PX);
  // In Urdu and Persian the buttons' column stands on the right, where it hid the popup's close button.
  const rightToLeft = getComputedStyle(map.getContainer()).direction === 'rtl';
  popup.options.autoPanPaddingTopLeft = [rightToLeft ? own.bottomRight.x : BUTTONS_SIDE_PX, top];
  popup.options.autoPanPaddingBottomRight = [rightToLeft ? BUTTONS_SIDE_PX : own.bottomRight.x, own.bottomRight.y];
  const room = map.getSize().y - top - own.bottomRight.y - POPUP_FRAME_PX;
  const capped = Math.max(LEAST_CONTENT_PX, Math.min(own.maxHeight, room));
  popup.options.maxHeight = Number.isFinite(capped) ? capped : undefined;
}

/**
 * Lays an open popup out again with the room and cap of the map as it is now, and pans it into view: Leaflet measures
 * and pans a popup only when it opens. Where its content had been scrolled to is kept (Leaflet clears the content's
 * height to measure it, which scrolls it back to the top).
 */
export function refitPopup(map: LeafletMap, popup: Popup): void {
  const content = popup.getElement()?.querySelector('.leaflet-popup-content');
  const scrolled = content?.scrollTop ?? 0;
  keepPopupClearOfBars(map, popup);
  popup.update();
  if (content) content.scrollTop = scrolled;
}

/**
 * Pans the open popup into view again, after the map moved under it by no choice of the reader (the offline basemap's
 * least zoom arriving).
 */
export function panOpenPopupIntoView(map: LeafletMap): void {
  map.eachLayer((layer) => {
    if (layer instanceof Popup) refitPopup(map, layer);
  });
}
