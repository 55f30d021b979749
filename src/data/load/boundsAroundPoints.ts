import type { BoundingBox, Position } from '../../model/geojson.ts';

export interface BoundsMargin {
  /** Added on each side, as a share of the points' extent. */
  share: number;
  /** The least half-width and half-height in degrees, so that one point (or many at one place) still gets a view. */
  minimumDegrees: number;
}

const DEFAULT_MARGIN: BoundsMargin = { share: 0.1, minimumDegrees: 0.25 };

function clamp(value: number, limit: number): number {
  return Math.min(limit, Math.max(-limit, value));
}

/**
 * The box that frames a set of points with some room around them, as a story's `defaultBounds`: west < east and
 * south < north always hold, even for one point or identical points, and the box never leaves the world. A story's
 * box cannot cross the antimeridian (the schema wants west < east), so points on both sides of it (179.9 and -179.9)
 * get a box as wide as the world: honest, if not pretty.
 */
export function boundsAroundPoints(
  positions: readonly Position[],
  margin: BoundsMargin = DEFAULT_MARGIN,
): BoundingBox | null {
  if (positions.length === 0) return null;
  // A loop rather than Math.min(...list): spreading a few hundred thousand points overflows the call stack.
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [longitude, latitude] of positions) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  const padX = Math.max((east - west) * margin.share, margin.minimumDegrees);
  const padY = Math.max((north - south) * margin.share, margin.minimumDegrees);
  return [clamp(west - padX, 180), clamp(south - padY, 90), clamp(east + padX, 180), clamp(north + padY, 90)];
}
