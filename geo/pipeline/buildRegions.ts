import { feature, length } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Region } from '../../src/model/region.ts';
import { borderBand } from '../geometry/borderBand.ts';
import { rewindToRfc7946 } from '../geometry/rewindToRfc7946.ts';
import { roundCoordinates } from '../geometry/roundCoordinates.ts';
import type { ProvinceCollection } from './provinceCollectionSchema.ts';
import { roundedLabelPoint } from './roundedLabelPoint.ts';
import { slugify } from '../../src/data/words/slugify.ts';
import type { StoryMeta } from './storyMetaSchema.ts';
import type { WorldAtlas } from './loadWorldAtlas.ts';

/** A region before the story schema checks it: GeoJSON's looser position type, the model's properties. */
export type RegionDraft = Omit<Region, 'geometry'> & {
  geometry: LineString | MultiLineString | Polygon | MultiPolygon;
};

export interface RegionSources {
  meta: StoryMeta;
  /** The border line, already rounded as it will be published. */
  border: LineString | MultiLineString;
  /** The provinces, already rounded and wound as they will be published. */
  provinces: ProvinceCollection;
  atlas: Pick<WorldAtlas, 'packageVersion' | 'naturalEarthVersion'>;
  shapeDecimals: number;
}

/**
 * The story's regions: the border line with its measured length, the provinces on either side (each with the point
 * where the map writes its name), and the border band.
 */
export function buildRegions({ meta, border, provinces, atlas, shapeDecimals }: RegionSources): RegionDraft[] {
  const borderId = slugify(meta.border.name);
  const [firstId, secondId] = meta.border.countryIds;
  const borderSource =
    `Natural Earth ${atlas.naturalEarthVersion} Admin 0 countries at 1:10m, via world-atlas ${atlas.packageVersion} ` +
    `(countries-10m.json): the arcs that countries ${firstId} and ${secondId} share, joined with topojson-client's mesh`;
  const borderLine: RegionDraft = {
    type: 'Feature',
    id: borderId,
    geometry: border,
    properties: {
      id: borderId,
      kind: 'border',
      name: meta.border.name,
      country: null,
      source: borderSource,
      license: 'Natural Earth: public domain. world-atlas: ISC licence.',
      lengthKm: Math.round(length(feature(border), { units: 'kilometers' })),
      note: meta.border.note,
    },
  };

  const provinceRegions = provinces.features.map((province): RegionDraft => {
    const { name, name_natural_earth: naturalEarthName, country, source, license } = province.properties;
    const id = `province-${slugify(name)}`;
    const spelling =
      naturalEarthName !== undefined && naturalEarthName !== name
        ? `Natural Earth spells it "${naturalEarthName}".`
        : null;
    return {
      type: 'Feature',
      id,
      geometry: province.geometry,
      properties: {
        id,
        kind: 'province',
        name,
        country,
        source,
        license,
        lengthKm: null,
        note: spelling,
        labelPoint: roundedLabelPoint(province.geometry),
      },
    };
  });

  const bandId = `${borderId}-band`;
  const distanceKm = meta.border.bandWidthKm;
  const band: RegionDraft = {
    type: 'Feature',
    id: bandId,
    geometry: rewindToRfc7946(roundCoordinates(borderBand(border, { distanceKm }), { decimals: shapeDecimals })),
    properties: {
      id: bandId,
      kind: 'border-band',
      name: `Within ${distanceKm} km of the ${meta.border.name}`,
      country: null,
      source: `Computed at data-build time: the ${meta.border.name} line buffered by ${distanceKm} km on each side (turf buffer)`,
      license: 'Derived from Natural Earth: public domain.',
      lengthKm: null,
      // No source gives the band a meaning: say so wherever it is shown, so it is not read as a zone of some kind.
      note: `A visual aid chosen by the map's authors, to show what lies near the border. No source gives this ${distanceKm} km band a meaning: it is not a legal or military zone.`,
    },
  };
  return [borderLine, ...provinceRegions, band];
}
