import type { I18n } from '../../i18n/i18n.ts';
import type { FormatProblem } from './FormatProblem.ts';

/**
 * What coordinate reference system a GeoJSON file's numbers are in. RFC 7946 removed the `crs` member and fixed WGS 84
 * longitude/latitude, but GDAL and QGIS still write it (GDAL 3.6 writes `urn:ogc:def:crs:OGC:1.3:CRS84` for WGS 84 and
 * `urn:ogc:def:crs:EPSG::3857` for Web Mercator), so a file may say which it is; one without it may still be in Web
 * Mercator, exported by a tool that dropped the member.
 */
export type CrsVerdict =
  | { kind: 'wgs84'; declared: string | null }
  | { kind: 'web-mercator'; declared: string | null; message: string }
  | { kind: 'other'; declared: string; problem: FormatProblem };

// EPSG:4326 officially orders latitude first, but every GeoJSON writer that names it (GDAL, QGIS) writes longitude
// first, as RFC 7946 does; reading it as CRS84 is what those files mean.
const WGS84_CODES = new Set(['4326', 'CRS84', '84']);
// 900913 ("google" on a calculator), 3785, 102100 and 102113 are the older and ESRI names of the same projection.
const WEB_MERCATOR_CODES = new Set(['3857', '900913', '3785', '102100', '102113']);

/** Web Mercator's square: x and y run to ±π·6378137 m. */
export const WEB_MERCATOR_HALF_WORLD_M = 20037508.342789244;

/** What QGIS's menu and GDAL's command are called, in any language (QGIS's own English menu names). */
const EXPORT_TOOLS = {
  qgis: 'Export → Save Features As…',
  crs: 'EPSG:4326',
  gdal: 'ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson',
};

/** `urn:ogc:def:crs:EPSG::32641`, `EPSG:3857`, `http://www.opengis.net/def/crs/EPSG/0/4326`, `OGC:CRS84`… → code. */
function codeOf(name: string): string | null {
  const trimmed = name.trim();
  const match =
    /^urn:ogc:def:crs:(?:EPSG|OGC|ESRI):[\d.]*:(\w+)$/i.exec(trimmed) ??
    /^(?:EPSG|OGC|ESRI|CRS):(\w+)$/i.exec(trimmed) ??
    /^https?:\/\/www\.opengis\.net\/def\/crs\/(?:EPSG|OGC)\/[\d.]+\/(\w+)$/i.exec(trimmed);
  return match?.[1]?.toUpperCase() ?? null;
}

/** A name a reader recognises for the commonest refused CRSs; the code alone otherwise. */
function describeCrs(name: string, code: string | null, i18n: I18n): string {
  const utm = code === null ? null : /^32([67])(\d\d)$/.exec(code);
  if (utm !== null && utm[1] !== undefined && utm[2] !== undefined) {
    const zone = Number(utm[2]);
    if (zone >= 1 && zone <= 60) {
      return i18n._({
        id: 'formats.crs.utm',
        message: '{code} (WGS 84 / UTM zone {zone})',
        values: { code: `EPSG:${code}`, zone: `${zone}${utm[1] === '6' ? 'N' : 'S'}` },
      });
    }
  }
  return code !== null && /^\d+$/.test(code) ? `EPSG:${code}` : name;
}

function declaredName(crs: unknown): string | null {
  if (typeof crs !== 'object' || crs === null) return null;
  const { type, properties } = crs as { type?: unknown; properties?: unknown };
  if (typeof properties !== 'object' || properties === null) return null;
  const props = properties as { name?: unknown; code?: unknown; href?: unknown };
  if (type === 'name' && typeof props.name === 'string') return props.name;
  // The 2008 draft's {"type": "EPSG", "properties": {"code": 4326}}, still met in old exports.
  if (type === 'EPSG' && (typeof props.code === 'number' || typeof props.code === 'string'))
    return `EPSG:${props.code}`;
  if (type === 'link' && typeof props.href === 'string') return props.href;
  return null;
}

function collectPositions(value: unknown, into: number[][], depth = 0): void {
  if (depth > 64 || into.length >= 10_000 || !Array.isArray(value)) return;
  if (value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number') {
    into.push(value as number[]);
    return;
  }
  for (const item of value) collectPositions(item, into, depth + 1);
}

function collectGeometryPositions(geometry: unknown, into: number[][], depth = 0): void {
  if (typeof geometry !== 'object' || geometry === null || depth > 16) return;
  const { coordinates, geometries } = geometry as { coordinates?: unknown; geometries?: unknown };
  collectPositions(coordinates, into);
  if (Array.isArray(geometries)) for (const member of geometries) collectGeometryPositions(member, into, depth + 1);
}

/** Up to 10,000 positions from a FeatureCollection, a Feature or a bare geometry: enough to judge magnitudes. */
function samplePositions(json: object): number[][] {
  const positions: number[][] = [];
  const { type, features, geometry } = json as { type?: unknown; features?: unknown; geometry?: unknown };
  if (type === 'FeatureCollection' && Array.isArray(features)) {
    for (const feature of features) {
      if (typeof feature === 'object' && feature !== null) {
        collectGeometryPositions((feature as { geometry?: unknown }).geometry, positions);
      }
    }
  } else if (type === 'Feature') collectGeometryPositions(geometry, positions);
  else collectGeometryPositions(json, positions);
  return positions;
}

/**
 * Metres, not degrees: most positions lie outside ±180/±90 yet all inside Web Mercator's square. A few out-of-range
 * points among degrees are typing errors, for the coordinate checks to name; numbers beyond the square are some other
 * projection, which this cannot name.
 */
function looksLikeWebMercator(positions: number[][]): boolean {
  if (positions.length === 0) return false;
  const finite = positions.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)) as [number, number][];
  const outsideDegrees = finite.filter(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90).length;
  const insideSquare = finite.every(
    ([x, y]) => Math.abs(x) <= WEB_MERCATOR_HALF_WORLD_M && Math.abs(y) <= WEB_MERCATOR_HALF_WORLD_M,
  );
  return insideSquare && outsideDegrees > finite.length / 2;
}

/**
 * Reads a parsed GeoJSON object's legacy `crs` member, or failing that the size of its numbers: WGS 84 / CRS84 is
 * read as it is, Web Mercator is to be reprojected (`reprojectWebMercator`), and any other CRS is refused with its
 * name and how to export the file in WGS 84, before anything else about the file is checked (its coordinates would
 * otherwise raise one "longitude out of range" per point).
 */
export function detectCrs(json: unknown, i18n: I18n): CrsVerdict {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'wgs84', declared: null };
  const crs = (json as { crs?: unknown }).crs;
  if (crs !== undefined && crs !== null) {
    const name = declaredName(crs);
    if (name === null) {
      return {
        kind: 'other',
        declared: JSON.stringify(crs).slice(0, 80),
        problem: {
          path: 'crs',
          message: i18n._({
            id: 'formats.crs.unnamed',
            message:
              'the file\'s "crs" member does not name a coordinate system Citemap knows; export it again in WGS 84 (longitude and latitude): in QGIS, {qgis} with CRS {crs}; with GDAL, {gdal}',
            values: EXPORT_TOOLS,
          }),
        },
      };
    }
    const code = codeOf(name);
    if (code !== null && WGS84_CODES.has(code)) return { kind: 'wgs84', declared: name };
    if (code !== null && WEB_MERCATOR_CODES.has(code)) {
      return {
        kind: 'web-mercator',
        declared: name,
        message: i18n._({
          id: 'formats.crs.webMercator',
          message: 'the file is in Web Mercator ({name}); Citemap converted it to longitude and latitude',
          values: { name },
        }),
      };
    }
    return {
      kind: 'other',
      declared: name,
      problem: {
        path: 'crs',
        message: i18n._({
          id: 'formats.crs.other',
          message:
            'the file is in {crsName}, not WGS 84: Citemap reads longitude and latitude (WGS 84) or Web Mercator; export it again in WGS 84 (longitude and latitude): in QGIS, {qgis} with CRS {crs}; with GDAL, {gdal}',
          values: { crsName: describeCrs(name, code, i18n), ...EXPORT_TOOLS },
        }),
      },
    };
  }
  if (looksLikeWebMercator(samplePositions(json))) {
    return {
      kind: 'web-mercator',
      declared: null,
      message: i18n._({
        id: 'formats.crs.looksWebMercator',
        message:
          'the file names no coordinate system, but it looks like Web Mercator ({code}): its numbers are metres, not degrees. Citemap converted them to longitude and latitude',
        values: { code: 'EPSG:3857' },
      }),
    };
  }
  return { kind: 'wgs84', declared: null };
}
