// @vitest-environment jsdom
import { point, Popup, type Map as LeafletMap } from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { keepPopupClearOfBars, topBarClearance } from '../../../../src/map/layers/popupClearance.ts';

/** An element whose box is the given one (jsdom lays nothing out). */
function boxed(className: string, box: { left: number; top: number; width: number; height: number }): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.getBoundingClientRect = () =>
    DOMRect.fromRect({ x: box.left, y: box.top, width: box.width, height: box.height });
  document.body.append(element);
  return element;
}

/** The map's container at 0,100, 800 × 600 (its upper half ends at y = 400), or as tall as asked. */
function mapAt(height = 600): LeafletMap {
  const container = boxed('leaflet-container', { left: 0, top: 100, width: 800, height });
  return { getContainer: () => container, getSize: () => point(800, height) } as unknown as LeafletMap;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the room a popup keeps below the map toolbar', () => {
  it('reaches the bottom of the toolbar laid over the map, however many rows it wrapped to', () => {
    const map = mapAt();
    boxed('map-toolbar', { left: 300, top: 110, width: 490, height: 90 });
    expect(topBarClearance(map)).toBe(100);
  });

  it('is none without a toolbar, with a hidden one, or with one outside the map’s upper half', () => {
    const map = mapAt();
    expect(topBarClearance(map)).toBe(0);
    boxed('map-toolbar', { left: 300, top: 110, width: 0, height: 0 });
    boxed('map-toolbar', { left: 900, top: 110, width: 200, height: 40 });
    boxed('map-toolbar', { left: 300, top: 450, width: 200, height: 40 });
    expect(topBarClearance(map)).toBe(0);
  });

  it('ignores whatever else lies over the map (a notice, a presentation card)', () => {
    const map = mapAt();
    boxed('presentation-card', { left: 0, top: 100, width: 800, height: 300 });
    boxed('map-toolbar', { left: 600, top: 110, width: 190, height: 40 });
    expect(topBarClearance(map)).toBe(50);
  });
});

describe('the height a popup’s content may take', () => {
  /** An incident's popup as IncidentMarker makes it: 380 px of content at most, 32 px kept clear below. */
  function incidentPopup(): Popup {
    return new Popup({ maxHeight: 380, autoPanPaddingBottomRight: [24, 32] });
  }

  it('is what is left of the map between the room above, the room below and the popup’s frame', () => {
    const popup = incidentPopup();
    // A laptop's 720 px screen leaves the map 440 px: 440 − 100 above − 32 below − 26 of frame.
    keepPopupClearOfBars(mapAt(440), popup);
    expect(popup.options.maxHeight).toBe(282);
  });

  it('leaves more room below a toolbar that wrapped to more rows', () => {
    const popup = incidentPopup();
    const map = mapAt(440);
    boxed('map-toolbar', { left: 300, top: 110, width: 490, height: 140 });
    keepPopupClearOfBars(map, popup);
    expect(popup.options.maxHeight).toBe(440 - 158 - 32 - 26);
  });

  it('is the popup’s own cap on a map with room to spare, again after a shorter map', () => {
    const popup = incidentPopup();
    keepPopupClearOfBars(mapAt(440), popup);
    keepPopupClearOfBars(mapAt(1000), popup);
    expect(popup.options.maxHeight).toBe(380);
  });

  it('keeps a few lines on a map too short for the rest, and caps a popup that had no cap of its own', () => {
    const popup = incidentPopup();
    keepPopupClearOfBars(mapAt(200), popup);
    expect(popup.options.maxHeight).toBe(120);
    const uncapped = new Popup();
    keepPopupClearOfBars(mapAt(440), uncapped);
    // Leaflet's default 5 px below.
    expect(uncapped.options.maxHeight).toBe(440 - 100 - 5 - 26);
  });

  it('keeps the zoom and pan buttons’ side clear: the left, or the right in a right-to-left language', () => {
    const popup = incidentPopup();
    const map = mapAt(440);
    keepPopupClearOfBars(map, popup);
    expect([popup.options.autoPanPaddingTopLeft, popup.options.autoPanPaddingBottomRight]).toEqual([
      [52, 100],
      [24, 32],
    ]);
    map.getContainer().style.direction = 'rtl';
    keepPopupClearOfBars(map, popup);
    expect([popup.options.autoPanPaddingTopLeft, popup.options.autoPanPaddingBottomRight]).toEqual([
      [24, 100],
      [52, 32],
    ]);
    map.getContainer().style.direction = 'ltr';
    keepPopupClearOfBars(map, popup);
    expect(popup.options.autoPanPaddingBottomRight).toEqual([24, 32]);
  });
});
