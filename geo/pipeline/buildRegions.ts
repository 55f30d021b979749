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
  /** The border line, already rounded as it will be published; null for a story about no border. */
  border: LineString | MultiLineString | null;
  /** The provinces, already rounded and wound as they will be published. */
  provinces: ProvinceCollection;
  atlas: Pick<WorldAtlas, 'packageVersion' | 'naturalEarthVersion'>;
  shapeDecimals: number;
}

/** The border line with its measured length, and the band along it: only for a story about a border. */
function borderRegions(
  borderMeta: NonNullable<StoryMeta['border']>,
  border: LineString | MultiLineString,
  atlas: RegionSources['atlas'],
  shapeDecimals: number,
): [RegionDraft, RegionDraft] {
  const borderId = slugify(borderMeta.name);
  const [firstId, secondId] = borderMeta.countryIds;
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
      name: borderMeta.name,
      country: null,
      source: borderSource,
      license: 'Natural Earth: public domain. world-atlas: ISC licence.',
      lengthKm: Math.round(length(feature(border), { units: 'kilometers' })),
      note: borderMeta.note,
    },
  };

  const bandId = `${borderId}-band`;
  const distanceKm = borderMeta.bandWidthKm;
  const band: RegionDraft = {
    type: 'Feature',
    id: bandId,
    geometry: rewindToRfc7946(roundCoordinates(borderBand(border, { distanceKm }), { decimals: shapeDecimals })),
    properties: {
      id: bandId,
      kind: 'border-band',
      name: `Within ${distanceKm} km of the ${borderMeta.name}`,
      country: null,
      source: `Computed at data-build time: the ${borderMeta.name} line buffered by ${distanceKm} km on each side (turf buffer)`,
      license: 'Derived from Natural Earth: public domain.',
      lengthKm: null,
      // No source gives the band a meaning: say so wherever it is shown, so it is not read as a zone of some kind.
      note: `A visual aid chosen by the map's authors, to show what lies near the border. No source gives this ${distanceKm} km band a meaning: it is not a legal or military zone.`,
    },
  };
  return [borderLine, band];
}

/**
 * The story's regions: the provinces (each with the point where the map writes its name) and, for a story about a
 * border, the border line with its measured length and the band along it.
 */
export function buildRegions({ meta, border, provinces, shapeDecimals, atlas }: RegionSources): RegionDraft[] {
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

  if (border === null || meta.border === undefined) return provinceRegions;
  const [borderLine, band] = borderRegions(meta.border, border, atlas, shapeDecimals);
  return [borderLine, ...provinceRegions, band];
}
