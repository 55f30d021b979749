// @vitest-environment jsdom
import type { Map as LeafletMap } from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { topBarClearance } from '../../../../src/map/layers/popupClearance.ts';

/** An element whose box is the given one (jsdom lays nothing out). */
function boxed(className: string, box: { left: number; top: number; width: number; height: number }): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.getBoundingClientRect = () =>
    DOMRect.fromRect({ x: box.left, y: box.top, width: box.width, height: box.height });
  document.body.append(element);
  return element;
}

/** The map's container at 0,100, 800 × 600 (its upper half ends at y = 400). */
function mapAt(): LeafletMap {
  const container = boxed('leaflet-container', { left: 0, top: 100, width: 800, height: 600 });
  return { getContainer: () => container } as unknown as LeafletMap;
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
