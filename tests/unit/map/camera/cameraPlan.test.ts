import type { LatLngTuple } from 'leaflet';
import { describe, expect, it } from 'vitest';
import {
  CAMERA_PRIORITY,
  MIN_ZOOM_FOR_SELECTION,
  planLinkMove,
  planSelectionMove,
  planStepMove,
  type CameraNow,
} from '../../../../src/map/camera/cameraPlan.ts';
import type { BoundingBox } from '../../../../src/model/geojson.ts';

const BOUNDS: BoundingBox = [60, 25, 64, 28];

function now(zoom: number, inView: boolean): CameraNow {
  return { view: { zoom, latitude: 26, longitude: 62 }, contains: () => inView };
}

describe('cameraPlan', () => {
  it('writes its priority down, print first', () => {
    expect(CAMERA_PRIORITY).toEqual(['print', 'tourStep', 'selection', 'link', 'default']);
  });

  it('shows the link’s view, or the default bounds, and does not move to where the map already is', () => {
    expect(planLinkMove(null, BOUNDS, now(6, true))).toEqual({
      type: 'fitBounds',
      bounds: BOUNDS,
      clearControls: true,
    });
    const view = { zoom: 6, latitude: 26, longitude: 62 };
    expect(planLinkMove(view, BOUNDS, now(6, true))).toBeNull();
    const north = { ...view, latitude: 26.001 };
    expect(planLinkMove(north, BOUNDS, now(6, true))).toEqual({ type: 'setView', view: north });
  });

  it('jumps to the first step and flies to later ones, unless motion is reduced', () => {
    expect(planStepMove(null, true, true)).toBeNull();
    expect(planStepMove(BOUNDS, false, true)).toEqual({ type: 'fitBounds', bounds: BOUNDS });
    expect(planStepMove(BOUNDS, true, true)).toEqual({ type: 'flyToBounds', bounds: BOUNDS, durationS: 0.8 });
    expect(planStepMove(BOUNDS, true, false)).toEqual({ type: 'fitBounds', bounds: BOUNDS });
  });

  it('flies to a selection out of view, never further out than its minimum zoom', () => {
    const position: LatLngTuple = [30, 70];
    expect(planSelectionMove(position, now(3, true))).toBeNull();
    expect(planSelectionMove(position, now(3, false))).toEqual({
      type: 'flyTo',
      centre: position,
      zoom: MIN_ZOOM_FOR_SELECTION,
    });
    expect(planSelectionMove(position, now(7, false))).toEqual({ type: 'flyTo', centre: position, zoom: 7 });
  });
});
