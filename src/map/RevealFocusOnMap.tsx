import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { SELECTED_MARKER_CLASS } from './layers/markerClasses.ts';

/**
 * On the marker pane while a marker reached with the keyboard has focus, unless the open popup is its own: the pane then
 * comes in front of the popups (map.css), so the marker is never hidden under one (WCAG 2.4.11). Set here rather than by
 * a `:has()` rule in the stylesheet: with the selection's class in it, every selection made Chromium restyle the whole
 * pane twice (some 3,000 elements with a dataset's clusters: 15 ms a click on this machine, four times that on a school
 * laptop); the focus alone is cheap to watch.
 */
const LIFTED_PANE_CLASS = 'leaflet-marker-pane--lifted';

/** Room kept between what is brought into view and the edge or the control it was under. */
const MARGIN_PX = 8;

/** A move whose frames stopped this long ago is over, whether or not Leaflet said so. */
const STALE_MOVE_MS = 400;

/**
 * After a pan, or while waiting for a move to end, look again this much later (longer than Leaflet's 0.25 s animated
 * pan), this many times at most (enough to outlast a tour step's flight).
 */
const RECHECK_AFTER_MS = 350;
const RECHECKS = 10;

/** How far to move the box, along one axis, to bring it inside the area, as Leaflet's own pan on focus would. */
function shiftInside(start: number, end: number, areaStart: number, areaEnd: number): number {
  if (start < areaStart + MARGIN_PX) return areaStart + MARGIN_PX - start;
  return end > areaEnd - MARGIN_PX ? areaEnd - MARGIN_PX - end : 0;
}

/**
 * How far to move the box down (or up) to take it clear of what covers it: below a cover in the upper half of the map
 * (the controls, the toolbar), above one in the lower half (the attribution, a notice at the foot of the page).
 */
function shiftClear(box: DOMRect, cover: DOMRect, area: DOMRect): number {
  return cover.top > area.top + area.height / 2
    ? cover.top - MARGIN_PX - box.bottom
    : cover.bottom + MARGIN_PX - box.top;
}

/**
 * What covers the middle of the focused element and stays put when the map pans (a control, the toolbar, a notice at
 * the foot of the page), as the box of its outermost part; null when nothing does. Popups and other markers move with
 * the map: the stylesheet lifts a focused marker above them instead.
 */
function coverOver(focused: HTMLElement, map: LeafletMap): DOMRect | null {
  const box = focused.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (hit === null || focused.contains(hit) || map.getPane('mapPane')?.contains(hit) === true) return null;
  let cover = hit.getBoundingClientRect();
  for (let part = hit.parentElement; part !== null && !part.contains(focused); part = part.parentElement) {
    const partBox = part.getBoundingClientRect();
    if (partBox.width > 0 && partBox.height > 0) cover = partBox;
  }
  return cover;
}

/**
 * A marker, or a link or button in a popup, reached with the keyboard is brought into view: inside the map (Leaflet's
 * own pan on focus, which the markers turn off, does only that for markers) and out from under the map's controls and
 * anything fixed over the page, so that focus is never hidden (WCAG 2.4.11). A marker is also lifted above the popups.
 */
export function RevealFocusOnMap() {
  const map = useMap();
  useEffect(
    function revealOnFocus() {
      const pane = map.getPane('mapPane');
      if (pane === undefined) return undefined;
      // A fly, an animated zoom or an animated pan (a popup's own) sets the view on each of its frames, undoing any pan
      // made meanwhile: focus that arrives while one is under way is revealed when it ends (only that: a reader's own
      // zoom is not undone afterwards). A move that ends without its moveend (Leaflet drops it when a newer move stops a
      // fly) must not hold reveals back for ever: a move counts as under way only while its frames keep coming.
      let moving = false;
      let lastMoveAt = 0;
      let ownPan = false;
      let arrivedWhileMoving: HTMLElement | null = null;
      const timers = new Set<number>();
      const underWay = () => moving && performance.now() - lastMoveAt < STALE_MOVE_MS;
      function onMoveStart() {
        if (ownPan) return;
        moving = true;
        lastMoveAt = performance.now();
      }
      function onMove() {
        if (!ownPan) lastMoveAt = performance.now();
      }
      function onMoveEnd() {
        if (ownPan) return;
        moving = false;
        const focused = arrivedWhileMoving;
        arrivedWhileMoving = null;
        if (focused !== null && focused === document.activeElement) revealElement(focused, RECHECKS);
      }
      function reveal(event: FocusEvent) {
        if (!(event.target instanceof HTMLElement)) return;
        if (underWay()) waitForMoveEnd(event.target, RECHECKS);
        else revealElement(event.target, RECHECKS);
      }
      function waitForMoveEnd(focused: HTMLElement, rechecksLeft: number) {
        arrivedWhileMoving = focused;
        // Should the move's end never be announced, look again once its frames have stopped.
        recheckLater(focused, rechecksLeft);
      }
      /** Looks again a moment later: a move under way that nothing announced may have undone a pan. */
      function recheckLater(focused: HTMLElement, rechecksLeft: number) {
        const timer = window.setTimeout(() => {
          timers.delete(timer);
          if (focused !== document.activeElement || rechecksLeft <= 0) return;
          if (underWay()) waitForMoveEnd(focused, rechecksLeft - 1);
          else revealElement(focused, rechecksLeft - 1);
        }, RECHECK_AFTER_MS);
        timers.add(timer);
      }
      function revealElement(focused: HTMLElement, rechecksLeft: number) {
        if (!focused.matches(':focus-visible')) return;
        // The browser has scrolled the map's box to show what has focus; Leaflet undoes that on its next frame.
        const container = map.getContainer();
        container.scrollTop = 0;
        container.scrollLeft = 0;
        const area = container.getBoundingClientRect();
        const box = focused.getBoundingClientRect();
        let [x, y] = [
          shiftInside(box.left, box.right, area.left, area.right),
          shiftInside(box.top, box.bottom, area.top, area.bottom),
        ];
        let panned = false;
        // Each move may bring it under something else: a few tries, then it stays where it is.
        for (let attempt = 0; attempt < 4; attempt += 1) {
          if (x !== 0 || y !== 0) {
            // The pan's own movestart and moveend are not a movement under way.
            ownPan = true;
            map.panBy([-x, -y], { animate: false });
            ownPan = false;
            panned = true;
          }
          const cover = coverOver(focused, map);
          if (cover === null) break;
          [x, y] = [0, shiftClear(focused.getBoundingClientRect(), cover, area)];
        }
        if (panned && rechecksLeft > 0) recheckLater(focused, rechecksLeft);
      }
      map.on('movestart', onMoveStart);
      map.on('move', onMove);
      map.on('moveend', onMoveEnd);
      pane.addEventListener('focusin', reveal);
      return () => {
        map.off('movestart', onMoveStart);
        map.off('move', onMove);
        map.off('moveend', onMoveEnd);
        pane.removeEventListener('focusin', reveal);
        for (const timer of timers) window.clearTimeout(timer);
      };
    },
    [map],
  );
  useEffect(
    function liftFocusedMarkerAbovePopups() {
      const markerPane = map.getPane('markerPane');
      if (markerPane === undefined) return undefined;
      let frame = 0;
      // Once a frame, after whatever changed it (focus moving, a popup opening for the focused marker, a move or zoom
      // that redraws the clusters and with them the focused one: Leaflet ends both with moveend) has settled.
      function recheck() {
        if (frame === 0) frame = requestAnimationFrame(lift);
      }
      function lift() {
        frame = 0;
        const focused = document.activeElement;
        const lifted =
          focused instanceof HTMLElement &&
          focused.parentElement === markerPane &&
          focused.matches(':focus-visible') &&
          !focused.classList.contains(SELECTED_MARKER_CLASS);
        markerPane?.classList.toggle(LIFTED_PANE_CLASS, lifted);
      }
      const mapEvents = { popupopen: recheck, popupclose: recheck, moveend: recheck };
      markerPane.addEventListener('focusin', recheck);
      markerPane.addEventListener('focusout', recheck);
      map.on(mapEvents);
      return () => {
        markerPane.removeEventListener('focusin', recheck);
        markerPane.removeEventListener('focusout', recheck);
        map.off(mapEvents);
        cancelAnimationFrame(frame);
        markerPane.classList.remove(LIFTED_PANE_CLASS);
      };
    },
    [map],
  );
  return null;
}
