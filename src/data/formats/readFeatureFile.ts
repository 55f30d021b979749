import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { detectCrs } from './detectCrs.ts';
import { explodeFeatures, type ExplodedFeatures } from './explodeFeatures.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { linePath, rowPath, TOP_LEVEL, WHOLE_FILE, type FormatProblem } from './FormatProblem.ts';
import { numberProblems } from './numberProblems.ts';
import { readCsvIncidents, type CsvIncidents } from './readCsvIncidents.ts';
import { emptyFile, readKmlOrGpx, type XmlDocumentParser } from './readKmlOrGpx.ts';

/** The formats a file may be in: GeoJSON (and a uMap export, which is GeoJSON layers), GeoJSON Text Sequences, CSV, KML, GPX. */
export type FeatureFileFormat = 'geojson' | 'umap' | 'geojsonseq' | 'csv' | 'kml' | 'gpx';

export interface FeatureFileOptions {
  /** Needed for KML and GPX only: the browser's `new DOMParser()`, or `@xmldom/xmldom`'s in Node. */
  xmlParser?: XmlDocumentParser;
}

export type FeatureFileRead =
  | { status: 'refused'; problems: FormatProblem[] }
  | {
      status: 'read';
      features: Extract<ExplodedFeatures, { status: 'read' }>;
      /** What the reader should be told although the file opened: a reprojection, a number too large, a bad cell. */
      notices: FormatProblem[];
      /** For a CSV file, its rows with ACLED's or UCDP's columns read: the features' paths are "row N". */
      csv: Extract<CsvIncidents, { status: 'read' }> | null;
    };

function refuse(message: string, path = WHOLE_FILE): FeatureFileRead {
  return { status: 'refused', problems: [{ path, message }] };
}

function describeNotJson(body: string, error: unknown, i18n: I18n): string {
  if (body.startsWith('<')) {
    return i18n._({
      id: 'formats.json.markup',
      message: 'the file looks like XML or HTML (a KML or GPX file, or a web page?), not JSON',
    });
  }
  // GDAL writes these with -lco WRITE_NON_FINITE_VALUES=YES; JSON has no words for them.
  const nonFinite = /[:,[]\s*(-?Infinity|NaN)\b/.exec(body)?.[1];
  if (nonFinite !== undefined) {
    return i18n._({
      id: 'formats.json.nonFinite',
      message:
        'the file holds {value}, which is not a JSON number (GDAL writes it with {option}): export it again without that option',
      values: { value: nonFinite, option: 'WRITE_NON_FINITE_VALUES=YES' },
    });
  }
  // The browser's own words for where the parse stopped, in the browser's language.
  const reason =
    error instanceof Error ? error.message : i18n._({ id: 'formats.json.noParse', message: 'it does not parse' });
  return i18n._({ id: 'formats.json.invalid', message: 'the file is not valid JSON ({reason})', values: { reason } });
}

function parseJson(body: string, i18n: I18n): { ok: true; json: unknown } | { ok: false; refused: FeatureFileRead } {
  try {
    return { ok: true, json: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, refused: refuse(describeNotJson(body, error, i18n), TOP_LEVEL) };
  }
}

/**
 * Every geometry of a FeatureCollection, a Feature or a bare geometry reprojected from Web Mercator. proj4 is some
 * 47 kB gzipped, two thirds of these readers, for a rare kind of file: it is fetched only when such a file is opened.
 */
async function reprojectAll(json: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { reprojectWebMercator } = await import('./reprojectWebMercator.ts');
  const reprojectFeature = (feature: unknown): unknown =>
    typeof feature === 'object' && feature !== null && 'geometry' in feature
      ? { ...feature, geometry: reprojectWebMercator((feature as Feature).geometry) }
      : feature;
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) {
    return { ...json, features: json.features.map(reprojectFeature) };
  }
  if (json.type === 'Feature') return reprojectFeature(json) as Record<string, unknown>;
  return reprojectWebMercator(json as unknown as Geometry) as unknown as Record<string, unknown>;
}

/** Renames `features[i]` in paths to what a reader finds in the file: "line 3" of a sequence, "row 5" of a CSV. */
function renamePaths<T extends { path: string }>(items: T[], name: (index: number) => string): T[] {
  return items.map((item) => ({
    ...item,
    path: item.path.replace(/^features\[(\d+)\]/, (_, index: string) => name(Number(index))),
  }));
}

function explodeWithPaths(json: unknown, name: ((index: number) => string) | null, i18n: I18n): ExplodedFeatures {
  const exploded = explodeFeatures(json, i18n);
  if (name === null) return exploded;
  if (exploded.status === 'refused') return { ...exploded, problems: renamePaths(exploded.problems, name) };
  return {
    ...exploded,
    points: renamePaths(exploded.points, name),
    shapes: renamePaths(exploded.shapes, name),
    notOnMap: renamePaths(exploded.notOnMap, name),
  };
}

async function readGeoJson(
  json: unknown,
  notices: FormatProblem[],
  name: ((index: number) => string) | null,
  csv: Extract<CsvIncidents, { status: 'read' }> | null,
  i18n: I18n,
): Promise<FeatureFileRead> {
  // The CRS first: a file in UTM would otherwise raise one "longitude out of range" per position.
  const crs = detectCrs(json, i18n);
  if (crs.kind === 'other') return { status: 'refused', problems: [crs.problem] };
  const tooLarge = numberProblems(json, i18n);
  // A number too large inside a geometry is a position that cannot be known: explodeFeatures refuses it, by path.
  // Named as the reader finds it: "line 3.properties.x" in GeoJSON lines, not the features[2] made of them here.
  const inProperties = tooLarge.filter((problem) => !problem.keys.includes('geometry'));
  notices.push(...(name === null ? inProperties : renamePaths(inProperties, name)));
  let data = json;
  if (crs.kind === 'web-mercator') {
    notices.push({ path: 'crs', message: crs.message });
    data = await reprojectAll(json as Record<string, unknown>);
  }
  const exploded = explodeWithPaths(data, name, i18n);
  if (exploded.status === 'refused') return exploded;
  const { points, lines, polygons, noGeometry } = exploded.counts;
  if (points + lines + polygons + noGeometry === 0) {
    return refuse(i18n._({ id: 'formats.noFeatures', message: 'the file holds no features: nothing to show' }));
  }
  return { status: 'read', features: exploded, notices, csv };
}

/**
 * GeoJSON (or a uMap export) already parsed, e.g. by the reader of story bundles, which parses every JSON file first:
 * read as `readFeatureFile` reads it, without parsing it again.
 */
export function readGeoJsonValue(json: unknown, i18n: I18n): Promise<FeatureFileRead> {
  return readGeoJson(json, [], null, null, i18n);
}

const RECORD_SEPARATOR = String.fromCharCode(0x1e);

async function readSequence(body: string, i18n: I18n): Promise<FeatureFileRead> {
  // RFC 8142 starts each record with an ASCII record separator; GDAL's GeoJSONSeq writes one feature per line.
  const lines = body.split(/\r?\n/).map((line) => (line.startsWith(RECORD_SEPARATOR) ? line.slice(1) : line).trim());
  const features: unknown[] = [];
  const lineOf: number[] = [];
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    const parsed = parseJson(line, i18n);
    if (!parsed.ok) {
      return parsed.refused.status === 'refused'
        ? { status: 'refused', problems: parsed.refused.problems.map((p) => ({ ...p, path: linePath(index + 1) })) }
        : parsed.refused;
    }
    features.push(parsed.json);
    lineOf.push(index + 1);
  }
  const collection = { type: 'FeatureCollection', features };
  return readGeoJson(collection, [], (i) => linePath(lineOf[i] ?? i + 1), null, i18n);
}

/**
 * One file, in any format Citemap opens, as what can be shown: points, context shapes and features not on the map,
 * or the reasons it cannot be opened, every problem named by its place in the file. Pure; the reading
 * path adds the file's name, the size limit and the count limit of problems, and makes incidents of the points.
 * Asynchronous only because a Web Mercator file fetches proj4 first; nothing else waits.
 */
export async function readFeatureFile(
  text: string,
  format: FeatureFileFormat,
  i18n: I18n,
  options: FeatureFileOptions = {},
): Promise<FeatureFileRead> {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return refuse(emptyFile(i18n));
  switch (format) {
    case 'geojson':
    case 'umap': {
      const parsed = parseJson(body, i18n);
      return parsed.ok ? readGeoJson(parsed.json, [], null, null, i18n) : parsed.refused;
    }
    case 'geojsonseq':
      // Untrimmed, so that "line 3" is the third line of the file as the reader's editor counts it.
      return readSequence(text.replace(/^\uFEFF/, ''), i18n);
    case 'csv': {
      const csv = readCsvIncidents(body, i18n);
      if (csv.status === 'refused') return csv;
      const collection: FeatureCollection<Geometry | null> = csv.collection;
      const read = await readGeoJson(collection, [...csv.problems], (i) => rowPath(i + 2), csv, i18n);
      if (read.status === 'refused') return read;
      // The CSV reader knows why a row has no place (empty cells, a cell that is not a number); say that.
      const reasons = new Map(csv.notOnMap.map(({ rowNumber, reason }) => [rowPath(rowNumber), reason]));
      const notOnMap = read.features.notOnMap.map((item) => ({
        ...item,
        reason: reasons.get(item.path) ?? item.reason,
      }));
      return { ...read, features: { ...read.features, notOnMap } };
    }
    case 'kml':
    case 'gpx': {
      if (options.xmlParser === undefined) throw new Error('readFeatureFile needs options.xmlParser for KML and GPX');
      const read = readKmlOrGpx(body, format, options.xmlParser, i18n);
      return read.status === 'refused' ? read : readGeoJson(read.collection, [], null, null, i18n);
    }
  }
}
