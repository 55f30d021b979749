import type { Position } from 'geojson';

/**
 * The shoelace formula in the plane of the coordinates: positive when a ring runs counter-clockwise, negative when it
 * runs clockwise. The sign is what matters (RFC 7946 winding); the magnitude, in square degrees, is no area on Earth.
 */
export function signedRingArea(ring: readonly Position[]): number {
  let doubleArea = 0;
  let previous: Position | undefined;
  for (const position of ring) {
    if (previous !== undefined) {
      const [x0 = 0, y0 = 0] = previous;
      const [x1 = 0, y1 = 0] = position;
      doubleArea += x0 * y1 - x1 * y0;
    }
    previous = position;
  }
  return doubleArea / 2;
}
