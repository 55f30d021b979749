import type { BBox, MultiPolygon, Polygon, Position } from 'geojson';
import type { Basemap } from '../../src/model/region.ts';
import { clipToBox } from '../../src/spatial/clipToBox.ts';
import { labelPoint } from '../../src/spatial/labelPoint.ts';
import { rewindToRfc7946 } from '../../src/spatial/rewindToRfc7946.ts';
import { roundCoordinates } from '../../src/spatial/roundCoordinates.ts';
import type { NamedAreaFeature } from './countryFeatures.ts';
import { slugify } from './slugify.ts';

/** A basemap country before the schema checks it, with GeoJSON's looser position type. */
export type BasemapDraft = Omit<Basemap['features'][number], 'geometry' | 'properties'> & {
  geometry: Polygon | MultiPolygon;
  properties: { name: string; labelPoint: Position };
};

/** A label needs no more than about 100 m. */
const LABEL_DECIMALS = 3;

/**
 * The offline basemap: the countries that reach into the box, clipped to it, wound and rounded for RFC 7946, each with
 * a point for its label inside what is left of it. Countries without an id in Natural Earth (e.g. N. Cyprus) get one
 * from their name.
 */
export function buildBasemap(
  countries: readonly NamedAreaFeature[],
  box: BBox,
  options: { decimals: number },
): BasemapDraft[] {
  const factor = 10 ** LABEL_DECIMALS;
  return countries.flatMap((country): BasemapDraft[] => {
    const clipped = clipToBox(country.geometry, box);
    if (clipped === null) return [];
    const geometry = rewindToRfc7946(roundCoordinates(clipped, options));
    const name = country.properties.name;
    const label = labelPoint(geometry).map((value) => Math.round(value * factor) / factor);
    return [
      {
        type: 'Feature',
        id: country.id === undefined ? slugify(name) : String(country.id),
        geometry,
        properties: { name, labelPoint: label },
      },
    ];
  });
}
