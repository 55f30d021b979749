// Turf in the browser, in the editor's chunk only (lint and tests/unit/architecture/browserImports.test.ts allow these
// two functions here and nowhere else in src/): an author who moves a point needs its context at once, and these two
// light functions are what the data build uses (geo/pipeline/computeIncidentContext.ts), so both say the same.
import { booleanPointInPolygon, pointToLineDistance } from '@turf/turf';
import type { Position } from '../../model/geojson.ts';
import type { IncidentContext } from '../../model/incident.ts';
import type { Basemap, RegionCollection } from '../../model/region.ts';

export interface ContextLayers {
  /** The offline basemap's countries: a country is named only where the basemap has land. */
  basemap: Basemap | null;
  regions: RegionCollection;
}

function inside(position: Position, geometry: { type: string; coordinates: unknown }): boolean {
  return (
    (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') &&
    booleanPointInPolygon(position, geometry as Parameters<typeof booleanPointInPolygon>[1])
  );
}

/**
 * Country, province and distance to the story's border for a point, as the data build computes them: the first shape
 * that contains the point (an edge counts as inside), the geodesic distance to the nearest part of the border line to
 * 0.1 km. Null when there is nothing to compute from (no basemap and no regions).
 */
export function computeContext(position: Position, layers: ContextLayers): IncidentContext | null {
  const countries = layers.basemap?.features ?? [];
  const regions = layers.regions.features;
  const border = regions.find((region) => region.properties.kind === 'border');
  if (countries.length === 0 && regions.length === 0) return null;
  const country = countries.find((feature) => inside(position, feature.geometry))?.properties.name ?? null;
  const province =
    regions.find((region) => region.properties.kind === 'province' && inside(position, region.geometry))?.properties
      .name ?? null;
  if (border === undefined || (border.geometry.type !== 'LineString' && border.geometry.type !== 'MultiLineString')) {
    return { country, province, distanceToBorderKm: null };
  }
  const parts = border.geometry.type === 'LineString' ? [border.geometry.coordinates] : border.geometry.coordinates;
  const distances = parts.map((coordinates) =>
    pointToLineDistance(position, { type: 'LineString', coordinates }, { units: 'kilometers' }),
  );
  return {
    country,
    province,
    distanceToBorderKm: Math.round(Math.min(...distances) * 10) / 10,
    borderName: border.properties.name,
  };
}
