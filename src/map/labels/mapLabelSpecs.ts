import type { LatLngTuple } from 'leaflet';
import type { Basemap, RegionCollection } from '../../model/region.ts';
import { boundingBoxOf } from '../../spatial/boundingBoxOf.ts';
import { toLatLng } from '../toLatLng.ts';

export type MapLabelVariant = 'country' | 'province';

/** A name to write on the map, before layout decides whether and exactly where. */
export interface MapLabelSpec {
  id: string;
  text: string;
  variant: MapLabelVariant;
  position: LatLngTuple;
  /** The named area's [west, south, east, north], to tell whether the name fits inside it; null: no limit. */
  extent: number[] | null;
  required: boolean;
}

/**
 * Province names are part of the story: always written, at the point inside each province the build chose. A story
 * made without one gets the middle of the province's bounding box: cheap, though a crescent's lies outside it.
 */
export function regionLabelSpecs(regions: RegionCollection): MapLabelSpec[] {
  return regions.features.flatMap((region) => {
    const { geometry, properties } = region;
    if (properties.kind !== 'province') return [];
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
    const [west, south, east, north] = boundingBoxOf(geometry);
    const position = toLatLng(properties.labelPoint ?? [(west + east) / 2, (south + north) / 2]);
    return [{ id: region.id, text: properties.name, variant: 'province', position, extent: null, required: true }];
  });
}

/** Country names of the offline basemap, biggest country first: when names compete, the larger one wins. */
export function countryLabelSpecs(basemap: Basemap): MapLabelSpec[] {
  const specs: MapLabelSpec[] = basemap.features.map((country) => ({
    id: `country-${country.id}`,
    text: country.properties.name,
    variant: 'country',
    position: toLatLng(country.properties.labelPoint),
    extent: country.bbox,
    required: false,
  }));
  const widthOf = (spec: MapLabelSpec): number => (spec.extent?.[2] ?? 0) - (spec.extent?.[0] ?? 0);
  return specs.sort((a, b) => widthOf(b) - widthOf(a));
}
