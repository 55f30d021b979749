import type { LineString, MultiLineString, Point } from 'geojson';
import type { IncidentContext } from '../../src/model/incident.ts';
import { distanceToLineKm } from '../geometry/distanceToLineKm.ts';
import { findContainingFeature } from '../geometry/findContainingFeature.ts';
import type { NamedAreaFeature } from './countryFeatures.ts';

export interface ContextLayers {
  countries: readonly NamedAreaFeature[];
  provinces: readonly NamedAreaFeature[];
  /** The border the story is about, if any: without one, no distance is computed. */
  border: { line: LineString | MultiLineString; name: string } | null;
}

/**
 * What the map says about a place without anyone typing it: the country and province it lies in and how far it is
 * from the story's border (when it has one), to the nearest 0.1 km. A statement with no place has no distance.
 */
export function computeIncidentContext(point: Point | null, layers: ContextLayers): IncidentContext {
  const { border } = layers;
  const borderName = border === null ? {} : { borderName: border.name };
  if (point === null) return { country: null, province: null, distanceToBorderKm: null, ...borderName };
  const { coordinates } = point;
  return {
    country: findContainingFeature(coordinates, layers.countries)?.properties.name ?? null,
    province: findContainingFeature(coordinates, layers.provinces)?.properties.name ?? null,
    distanceToBorderKm: border === null ? null : Math.round(distanceToLineKm(coordinates, border.line) * 10) / 10,
    ...borderName,
  };
}
