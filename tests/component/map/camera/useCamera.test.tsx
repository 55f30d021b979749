// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { Evented, type LatLngTuple, type Map as LeafletMap } from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import { showSelection, useCameraOn, type CameraProps } from '../../../../src/map/camera/useCamera.ts';
import type { BoundingBox } from '../../../../src/model/geojson.ts';
import type { MapView } from '../../../../src/state/viewState.ts';

/** Leaflet's typings call Evented abstract; any subclass is what a map is built on. */
class MapEvents extends Evented {}

const BOUNDS: BoundingBox = [60, 25, 64, 28];

/** A map that records what it was asked to do: at `view`, showing everything or nothing. */
function spiedMap(view: MapView, inView = false) {
  const map = {
    fitBounds: vi.fn(),
    flyToBounds: vi.fn(),
    setView: vi.fn(),
    flyTo: vi.fn(),
    invalidateSize: vi.fn(),
    once: vi.fn(),
    on: vi.fn(),
    off: vi.fn(),
    getZoom: vi.fn(() => view.zoom),
    getCenter: vi.fn(() => ({ lat: view.latitude, lng: view.longitude })),
    getBounds: vi.fn(() => ({ contains: () => inView })),
    // Wide enough that the default view keeps the zoom and pan buttons' column clear.
    getSize: vi.fn(() => ({ x: 800, y: 600 })),
  };
  return { map, leaflet: map as unknown as LeafletMap };
}

function props(change: Partial<CameraProps> = {}): CameraProps {
  return {
    layout: 'reading',
    link: null,
    defaultBounds: BOUNDS,
    tourStep: null,
    animate: true,
    onMoved: () => {},
    ...change,
  };
}

describe('the camera, against a spied map', () => {
  it('fits the default bounds, and moves to a link’s view only when it differs, latitude included', () => {
    const { map, leaflet } = spiedMap({ zoom: 6, latitude: 10, longitude: 60 });
    const state = { printing: false };
    const { rerender } = renderHook((p: CameraProps) => useCameraOn(leaflet, state, p), { initialProps: props() });
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    // The default view keeps the zoom and pan buttons' column clear (WCAG 2.5.8).
    expect(map.fitBounds.mock.calls[0]?.[1]).toEqual({ paddingTopLeft: [60, 0], animate: false });
    rerender(props({ link: { zoom: 6, latitude: 10, longitude: 60 } }));
    expect(map.setView).not.toHaveBeenCalled();
    rerender(props({ link: { zoom: 6, latitude: 10.001, longitude: 60 } }));
    expect(map.setView).toHaveBeenCalledTimes(1);
    expect(map.setView).toHaveBeenCalledWith([10.001, 60], 6, { animate: false });
  });

  it('frames a step after the link’s view: the step wins', () => {
    const { map, leaflet } = spiedMap({ zoom: 6, latitude: 10, longitude: 60 });
    const order: string[] = [];
    map.setView.mockImplementation(() => order.push('link'));
    map.fitBounds.mockImplementation(() => order.push('step'));
    renderHook(() =>
      useCameraOn(
        leaflet,
        { printing: false },
        props({ link: { zoom: 3, latitude: 1, longitude: 1 }, tourStep: BOUNDS }),
      ),
    );
    expect(order).toEqual(['link', 'step']);
  });

  it('flies to a selection out of view at least to its minimum zoom, and no further out than now', () => {
    const position: LatLngTuple = [30, 70];
    const far = spiedMap({ zoom: 3, latitude: 10, longitude: 60 });
    showSelection(far.leaflet, { printing: false }, position, true, () => {});
    expect(far.map.flyTo).toHaveBeenCalledWith(position, 5, { animate: true });
    const near = spiedMap({ zoom: 7, latitude: 10, longitude: 60 });
    showSelection(near.leaflet, { printing: false }, position, true, () => {});
    expect(near.map.flyTo).toHaveBeenCalledWith(position, 7, { animate: true });
  });

  it('opens a selection in view at once, and does not move the map while printing', () => {
    const shown = vi.fn();
    const inView = spiedMap({ zoom: 3, latitude: 10, longitude: 60 }, true);
    showSelection(inView.leaflet, { printing: false }, [30, 70], true, shown);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(inView.map.flyTo).not.toHaveBeenCalled();
    const printing = spiedMap({ zoom: 3, latitude: 10, longitude: 60 });
    showSelection(printing.leaflet, { printing: true }, [30, 70], true, shown);
    expect(printing.map.flyTo).not.toHaveBeenCalled();
  });

  it('forgets a selection that moved on before the map arrived: its popup does not open at the next stop', () => {
    const far = spiedMap({ zoom: 3, latitude: 10, longitude: 60 });
    // Leaflet's own event machinery, so that once and off behave as the map's do.
    const events = new MapEvents();
    far.map.once.mockImplementation((type: string, listener: () => void) => events.once(type, listener));
    far.map.off.mockImplementation((type: string, listener: () => void) => events.off(type, listener));
    const left = vi.fn();
    const kept = vi.fn();
    const cancelLeft = showSelection(far.leaflet, { printing: false }, [30, 70], true, left);
    showSelection(far.leaflet, { printing: false }, [31, 71], true, kept);
    cancelLeft();
    events.fire('moveend');
    expect(left).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });
});
