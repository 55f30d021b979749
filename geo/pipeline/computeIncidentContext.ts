import type { LineString, MultiLineString, Point } from 'geojson';
import type { IncidentContext } from '../../src/model/incident.ts';
import { distanceToLineKm } from '../geometry/distanceToLineKm.ts';
import { findContainingFeature } from '../geometry/findContainingFeature.ts';
import type { NamedAreaFeature } from './countryFeatures.ts';

export interface ContextLayers {
  countries: readonly NamedAreaFeature[];
  provinces: readonly NamedAreaFeature[];
  border: LineString | MultiLineString;
  borderName: string;
}

/**
 * What the map says about a place without anyone typing it: the country and province it lies in and how far it is
 * from the border, to the nearest 0.1 km. A statement with no place has no context.
 */
export function computeIncidentContext(point: Point | null, layers: ContextLayers): IncidentContext {
  if (point === null) return { country: null, province: null, distanceToBorderKm: null, borderName: layers.borderName };
  const { coordinates } = point;
  return {
    country: findContainingFeature(coordinates, layers.countries)?.properties.name ?? null,
    province: findContainingFeature(coordinates, layers.provinces)?.properties.name ?? null,
    distanceToBorderKm: Math.round(distanceToLineKm(coordinates, layers.border) * 10) / 10,
    borderName: layers.borderName,
  };
}
