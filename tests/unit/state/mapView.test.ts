import { describe, expect, it } from 'vitest';
import { sameView } from '../../../src/state/mapView.ts';

const view = { zoom: 6, latitude: 10, longitude: 60 };

describe('sameView', () => {
  it('treats views that differ by rounding only as the same', () => {
    expect(sameView(view, { zoom: 6, latitude: 10.00004, longitude: 59.99996 })).toBe(true);
  });

  it('tells views apart by latitude, longitude and zoom', () => {
    expect(sameView(view, { ...view, latitude: 10.001 })).toBe(false);
    expect(sameView(view, { ...view, longitude: 60.001 })).toBe(false);
    expect(sameView(view, { ...view, zoom: 7 })).toBe(false);
  });
});
