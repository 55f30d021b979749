import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';

export type NamedAreaFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/** A world-atlas topology's countries as GeoJSON features, each with its name (ids are zero-padded strings). */
export function countryFeatures(topology: Topology): NamedAreaFeature[] {
  const countries = topology.objects.countries;
  if (countries === undefined) throw new Error('the topology has no "countries" object');
  const collection = feature(topology, countries);
  if (collection.type !== 'FeatureCollection') throw new Error('"countries" is not a collection');
  return collection.features.filter(
    (country): country is NamedAreaFeature =>
      (country.geometry.type === 'Polygon' || country.geometry.type === 'MultiPolygon') &&
      typeof (country.properties as { name?: unknown } | null)?.name === 'string',
  );
}
