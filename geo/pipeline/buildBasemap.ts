import type { BBox, MultiPolygon, Polygon } from 'geojson';
import type { BasemapCountry } from '../../src/model/region.ts';
import { boundingBoxOf } from '../../src/spatial/boundingBoxOf.ts';
import { clipToBox } from '../geometry/clipToBox.ts';
import { rewindToRfc7946 } from '../geometry/rewindToRfc7946.ts';
import { roundCoordinates } from '../geometry/roundCoordinates.ts';
import type { NamedAreaFeature } from './countryFeatures.ts';
import { roundedLabelPoint } from './roundedLabelPoint.ts';
import { slugify } from '../../src/data/words/slugify.ts';

/** A basemap country before the schema checks it, with GeoJSON's looser position type. */
export type BasemapDraft = Omit<BasemapCountry, 'geometry'> & { geometry: Polygon | MultiPolygon };

/**
 * The offline basemap: the countries that reach into the box, clipped to it, wound and rounded for RFC 7946, each with
 * its own `bbox` (which tells the map whether a name fits inside the country) and a point for its label inside what is
 * left of it. Countries without an id in Natural Earth (e.g. N. Cyprus) get one from their name.
 */
export function buildBasemap(
  countries: readonly NamedAreaFeature[],
  box: BBox,
  options: { decimals: number },
): BasemapDraft[] {
  return countries.flatMap((country): BasemapDraft[] => {
    const clipped = clipToBox(country.geometry, box);
    if (clipped === null) return [];
    const geometry = rewindToRfc7946(roundCoordinates(clipped, options));
    const name = country.properties.name;
    return [
      {
        type: 'Feature',
        id: country.id === undefined ? slugify(name) : String(country.id),
        bbox: boundingBoxOf(geometry),
        geometry,
        properties: { name, labelPoint: roundedLabelPoint(geometry) },
      },
    ];
  });
}
