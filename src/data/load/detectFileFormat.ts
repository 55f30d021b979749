import type { I18n } from '../../i18n/i18n.ts';
import type { FeatureFileFormat } from '../formats/readFeatureFile.ts';

/** JSON is a story bundle or GeoJSON (a uMap export too): which, only its parsed content tells. */
export type DetectedFormat = Exclude<FeatureFileFormat, 'geojson' | 'umap'> | 'json';

export type FormatDetection = { status: 'detected'; format: DetectedFormat } | { status: 'refused'; message: string };

const SEQUENCE_NAMES = /\.(geojsonl|geojsons|geojsonseq|ndjson|jsonl)$/i;
const CSV_NAMES = /\.(csv|tsv|txt)$/i;
const RECORD_SEPARATOR = String.fromCharCode(0x1e);

function opens(i18n: I18n): string {
  return i18n._({
    id: 'checks.format.opens',
    message: 'Citemap opens a story file, GeoJSON (also uMap’s and GeoJSON lines), CSV, KML and GPX',
  });
}

/** Formats that are not text, known by their first bytes or their name, each with what to do instead. */
function describeBinary(name: string, start: string, i18n: I18n): string | null {
  if (start.startsWith('PK\u0003\u0004') || /\.(kmz|zip)$/i.test(name)) {
    return /\.kmz$/i.test(name)
      ? i18n._({
          id: 'checks.format.kmz',
          message:
            'the file is a KMZ, a zipped KML: unzip it (rename it to .zip and open it) and open the {inside} inside',
          values: { inside: 'doc.kml' },
        })
      : i18n._({
          id: 'checks.format.zip',
          message: 'the file is a ZIP archive: unzip it and open the GeoJSON, CSV, KML or GPX file inside',
        });
  }
  if (/\.(shp|shx|dbf|prj)$/i.test(name)) {
    return i18n._({
      id: 'checks.format.shapefile',
      message:
        'the file is part of a shapefile, which Citemap does not read: in QGIS, {command} GeoJSON with CRS EPSG:4326',
      values: { command: '"Export › Save Features As…"' },
    });
  }
  if (start.startsWith('SQLite format 3') || /\.gpkg$/i.test(name)) {
    return i18n._({
      id: 'checks.format.geoPackage',
      message: 'the file is a GeoPackage, which Citemap does not read: export the layer as GeoJSON ({command})',
      values: { command: 'ogr2ogr -f GeoJSON out.geojson in.gpkg' },
    });
  }
  return null;
}

/** Whether the text's first line holds a delimiter a CSV file would use. */
function looksDelimited(body: string): boolean {
  const firstLine = body.slice(0, body.search(/\r?\n/) === -1 ? undefined : body.search(/\r?\n/));
  return /[,;\t]/.test(firstLine);
}

/**
 * Which format a file is in, from what it holds first (a file's name or a server's Content-Type is often wrong: a
 * GeoJSON served as text/plain, a CSV named .txt), its name and Content-Type deciding only between text formats. The
 * same answer for a file and for a link, so that both open the same things. A refusal says why in the instance's
 * language.
 */
export function detectFileFormat(
  nameOrUrl: string,
  text: string,
  contentType: string | null,
  i18n: I18n,
): FormatDetection {
  // A link's name is its path: "…/places.geojsonl?raw=true" is named as the same file opened from disk would be.
  const name = /^https?:\/\//i.test(nameOrUrl) && URL.canParse(nameOrUrl) ? new URL(nameOrUrl).pathname : nameOrUrl;
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const binary = describeBinary(name, body.slice(0, 16), i18n);
  if (binary !== null) return { status: 'refused', message: binary };
  const type = (contentType ?? '').toLowerCase();
  if (body.startsWith(RECORD_SEPARATOR) || type.includes('geo+json-seq') || SEQUENCE_NAMES.test(name)) {
    return { status: 'detected', format: 'geojsonseq' };
  }
  if (body.startsWith('{') || body.startsWith('[')) return { status: 'detected', format: 'json' };
  if (body.startsWith('<')) {
    const head = body.slice(0, 2000).toLowerCase();
    if (/<kml[\s>]/.test(head)) return { status: 'detected', format: 'kml' };
    if (/<gpx[\s>]/.test(head)) return { status: 'detected', format: 'gpx' };
    if (/<!doctype html|<html[\s>]/.test(head)) {
      return {
        status: 'refused',
        message: i18n._({
          id: 'checks.format.webPage',
          message:
            'the file is a web page (HTML), not data: {opens}; if this is a link, it may point to a page about the file rather than to the file',
          values: { opens: opens(i18n) },
        }),
      };
    }
    return {
      status: 'refused',
      message: i18n._({
        id: 'checks.format.otherXml',
        message: 'the file is XML but neither KML nor GPX: {opens}',
        values: { opens: opens(i18n) },
      }),
    };
  }
  if (CSV_NAMES.test(name) || type.includes('csv') || type.includes('tab-separated') || looksDelimited(body)) {
    return { status: 'detected', format: 'csv' };
  }
  return {
    status: 'refused',
    message: i18n._({
      id: 'checks.format.unknown',
      message: 'the file is in no format Citemap knows: {opens}',
      values: { opens: opens(i18n) },
    }),
  };
}
