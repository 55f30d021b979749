import type {
  Feature,
  GeoJsonProperties,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type { I18n, MessageDescriptor } from '../../i18n/i18n.ts';
import { THE_FEATURE, THE_GEOMETRY, TOP_LEVEL, type FormatProblem } from './FormatProblem.ts';
import { isRecord } from '../../model/isRecord.ts';

export type ShapeGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

/** Which part of the file's feature a drawn feature is, when the file's feature was split. */
export interface FeaturePart {
  number: number;
  of: number;
  /** Where the part was: "MultiPoint", "GeometryCollection", or both ("GeometryCollection › MultiPoint"). */
  splitFrom: string;
}

interface FromFile {
  /** Where the file's feature is, e.g. `features[3]` or `layers[1].features[0]` (a uMap file). */
  path: string;
  /** The part this is, or null when the file's feature is drawn whole. */
  part: FeaturePart | null;
}

export interface PointToShow extends FromFile {
  /** Longitude and latitude only: Citemap draws in 2-D. */
  feature: Feature<Point>;
  /** The file's third coordinate (height or depth, in the file's unit), kept for the record. */
  z: number | null;
}

export interface ShapeToShow extends FromFile {
  kind: 'line' | 'polygon';
  feature: Feature<ShapeGeometry>;
}

export interface FeatureNotOnMap extends FromFile {
  feature: Feature<null>;
  /** Why it has no place on the map, for the list's "not on the map". */
  reason: string;
}

export interface FeatureCounts {
  points: number;
  lines: number;
  polygons: number;
  noGeometry: number;
}

export type ExplodedFeatures =
  | { status: 'refused'; problems: FormatProblem[] }
  | {
      status: 'read';
      points: PointToShow[];
      /** Lines and polygons, Multi* forms whole: the context the file's author drew around the points. */
      shapes: ShapeToShow[];
      /** Nothing is dropped in silence: each feature with no place is here, with why. */
      notOnMap: FeatureNotOnMap[];
      counts: FeatureCounts;
    };

/** A geometry that breaks RFC 7946: where it is in the file, and what is wrong. */
class ShapeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

function describeValue(value: unknown, i18n: I18n): string {
  if (value === undefined) {
    return i18n._({ id: 'formats.value.missing', message: 'nothing (the member is missing)' });
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return i18n._({ id: 'formats.value.list', message: 'a list' });
  if (typeof value === 'string') {
    return i18n._({
      id: 'formats.value.text',
      message: 'the text {text}',
      values: { text: JSON.stringify(value.slice(0, 40)) },
    });
  }
  if (typeof value === 'number') {
    return i18n._({ id: 'formats.value.number', message: 'the number {number}', values: { number: String(value) } });
  }
  if (typeof value === 'boolean') return String(value);
  return i18n._({ id: 'formats.value.object', message: 'an object' });
}

/** A position's numbers, by their place in it. */
const AXES: MessageDescriptor[] = [
  /*i18n*/ { id: 'formats.axis.longitude', message: 'longitude' },
  /*i18n*/ { id: 'formats.axis.latitude', message: 'latitude' },
  /*i18n*/ { id: 'formats.axis.height', message: 'height' },
];

function checkPosition(value: unknown, where: string, i18n: I18n): Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    // "not a list" would be wrong for [1, 2, 3, 4]: say how many numbers it holds.
    const found = Array.isArray(value)
      ? i18n._({
          id: 'formats.position.listOf',
          message: 'a list of {count}',
          values: { count: String(value.length) },
        })
      : describeValue(value, i18n);
    throw new ShapeError(
      where,
      i18n._({
        id: 'formats.position.shape',
        message: 'a position is [longitude, latitude] or [longitude, latitude, height], not {found}',
        values: { found },
      }),
    );
  }
  value.forEach((n: unknown, i) => {
    const axisWords = AXES[i];
    const axis = axisWords === undefined ? '' : i18n._(axisWords);
    if (typeof n !== 'number') {
      throw new ShapeError(
        where,
        i18n._({
          id: 'formats.position.notNumber',
          message: 'the {axis} is {found}, not a number',
          values: { axis, found: describeValue(n, i18n) },
        }),
      );
    }
    if (!Number.isFinite(n)) {
      throw new ShapeError(
        where,
        i18n._({
          id: 'formats.position.tooLarge',
          message: 'the {axis} is a number too large to read (such as 1e309), so the position is unknown',
          values: { axis },
        }),
      );
    }
  });
  const [longitude, latitude] = value as [number, number];
  if (longitude < -180 || longitude > 180) {
    throw new ShapeError(
      where,
      i18n._({
        id: 'formats.position.longitude',
        message: 'the longitude {longitude} is not between -180 and 180',
        values: { longitude: String(longitude) },
      }),
    );
  }
  if (latitude < -90 || latitude > 90) {
    throw new ShapeError(
      where,
      i18n._({
        id: 'formats.position.latitude',
        message:
          'the latitude {latitude} is not between -90 and 90 (GeoJSON puts longitude first: are the two swapped?)',
        values: { latitude: String(latitude) },
      }),
    );
  }
  return value as Position;
}

/** What a list of positions is, for its problems. */
const POSITION_LISTS = {
  ring: /*i18n*/ { id: 'formats.positions.ring', message: 'a polygon ring' },
  multiPoint: /*i18n*/ { id: 'formats.positions.multiPoint', message: 'a MultiPoint' },
  lineString: /*i18n*/ { id: 'formats.positions.lineString', message: 'a LineString' },
  line: /*i18n*/ { id: 'formats.positions.line', message: 'a line' },
} satisfies Record<string, MessageDescriptor>;

function checkPositions(
  value: unknown,
  where: string,
  fewest: number,
  whatList: keyof typeof POSITION_LISTS,
  i18n: I18n,
): Position[] {
  const what = i18n._(POSITION_LISTS[whatList]);
  if (!Array.isArray(value)) {
    throw new ShapeError(
      where,
      i18n._({
        id: 'formats.positions.notList',
        message: '{what} is a list of positions, not {found}',
        values: { what, found: describeValue(value, i18n) },
      }),
    );
  }
  const positions = value.map((p, i) => checkPosition(p, `${where}[${i}]`, i18n));
  if (positions.length < fewest) {
    throw new ShapeError(
      where,
      i18n._({
        id: 'formats.positions.tooFew',
        message: '{what} needs at least {fewest, plural, one {# position} other {# positions}}, and has {count}',
        values: { what, fewest, count: String(positions.length) },
      }),
    );
  }
  return positions;
}

function checkRing(value: unknown, where: string, i18n: I18n): Position[] {
  const ring = checkPositions(value, where, 4, 'ring', i18n);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first?.[0] !== last?.[0] || first?.[1] !== last?.[1]) {
    throw new ShapeError(
      where,
      i18n._({
        id: 'formats.ringNotClosed',
        message: 'a polygon ring ends where it starts (RFC 7946 §3.1.6); this one is not closed',
      }),
    );
  }
  return ring;
}

/** `rule` says what a list holds ("a GeometryCollection holds a list of geometries"). */
function checkList(value: unknown, where: string, rule: MessageDescriptor, i18n: I18n): unknown[] {
  if (!Array.isArray(value)) {
    throw new ShapeError(
      where,
      i18n._({
        id: 'formats.notList',
        message: '{rule}, not {found}',
        values: { rule: i18n._(rule), found: describeValue(value, i18n) },
      }),
    );
  }
  return value;
}

/** `[]`, `[[]]`, `[[], []]`: a geometry some exporters (uMap) write for a feature whose place was never set. */
function isEmptyCoordinates(value: unknown[]): boolean {
  return value.length === 0 || value.every((part) => Array.isArray(part) && part.length === 0);
}

/** A member's path: "coordinates" of a bare geometry, "features[2].geometry.coordinates" of a feature's. */
function childPath(where: string, key: string): string {
  return where === TOP_LEVEL ? key : `${where}.${key}`;
}

function stripZ(position: Position): Position {
  return [position[0] as number, position[1] as number];
}

interface Walk {
  points: PointToShow[];
  shapes: ShapeToShow[];
  notOnMap: FeatureNotOnMap[];
}

interface Source {
  path: string;
  id: string | number | undefined;
  /** What parts are numbered after: the feature's id, else an "id" property (GDAL writes a CSV's id column there). */
  partBase: string | number | undefined;
  properties: GeoJsonProperties;
}

function partId(source: Source, number: number): string | undefined {
  return source.partBase === undefined ? undefined : `${source.partBase}-${number}`;
}

function feature<G extends Geometry>(
  id: string | number | undefined,
  geometry: G,
  properties: GeoJsonProperties,
): Feature<G> {
  return {
    type: 'Feature',
    ...(id === undefined ? {} : { id }),
    geometry,
    properties: properties === null ? {} : { ...properties },
  };
}

function noPlace(walk: Walk, source: Source, part: FeaturePart | null, reason: string): void {
  walk.notOnMap.push({
    path: source.path,
    part,
    reason,
    feature: {
      type: 'Feature',
      ...(source.id === undefined ? {} : { id: source.id }),
      geometry: null,
      properties: { ...source.properties },
    },
  });
}

function nestPart(outer: FeaturePart | null, inner: FeaturePart): FeaturePart {
  return outer === null ? inner : { ...inner, splitFrom: `${outer.splitFrom} › ${inner.splitFrom}` };
}

/** Checks one geometry and adds what it draws; `where` is the path to the geometry, for messages. */
function walkGeometry(
  geometry: unknown,
  where: string,
  source: Source,
  part: FeaturePart | null,
  walk: Walk,
  i18n: I18n,
): void {
  if (geometry === null || geometry === undefined) {
    noPlace(
      walk,
      source,
      part,
      i18n._({ id: 'formats.noPlace.nullGeometry', message: 'the file gives it no location (its geometry is null)' }),
    );
    return;
  }
  if (!isRecord(geometry)) {
    throw new ShapeError(
      where,
      i18n._({
        id: 'formats.geometry.notObject',
        message: 'a geometry is an object with a "type", not {found}',
        values: { found: describeValue(geometry, i18n) },
      }),
    );
  }
  const type = geometry.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) {
    throw new ShapeError(
      childPath(where, 'type'),
      i18n._({
        id: 'formats.geometry.type',
        message: '{found} is not a GeoJSON geometry type ({examples})',
        values: { found: describeValue(type, i18n), examples: 'Point, LineString, Polygon…' },
      }),
    );
  }
  if (type === 'GeometryCollection') {
    const members = checkList(
      geometry.geometries,
      childPath(where, 'geometries'),
      /*i18n*/ { id: 'formats.list.geometries', message: 'a GeometryCollection holds a list of geometries' },
      i18n,
    );
    if (members.length === 0) {
      noPlace(
        walk,
        source,
        part,
        i18n._({ id: 'formats.noPlace.emptyCollection', message: 'its GeometryCollection is empty' }),
      );
      return;
    }
    members.forEach((member, i) => {
      const memberPart = nestPart(part, { number: i + 1, of: members.length, splitFrom: 'GeometryCollection' });
      const memberId = partId(source, i + 1);
      const memberSource = { ...source, id: memberId, partBase: memberId };
      walkGeometry(member, `${childPath(where, 'geometries')}[${i}]`, memberSource, memberPart, walk, i18n);
    });
    return;
  }
  const coordinates = geometry.coordinates;
  const at = childPath(where, 'coordinates');
  if (coordinates === undefined) {
    throw new ShapeError(
      where,
      i18n._({ id: 'formats.geometry.noCoordinates', message: 'a {type} needs "coordinates"', values: { type } }),
    );
  }
  const list = checkList(
    coordinates,
    at,
    /*i18n*/ { id: 'formats.list.coordinates', message: 'the coordinates of a {type} are a list', values: { type } },
    i18n,
  );
  if (isEmptyCoordinates(list)) {
    noPlace(
      walk,
      source,
      part,
      i18n._({ id: 'formats.noPlace.noCoordinates', message: 'its {type} has no coordinates', values: { type } }),
    );
    return;
  }
  const from = { path: source.path, part };
  switch (type) {
    case 'Point': {
      const position = checkPosition(list, at, i18n);
      walk.points.push({
        ...from,
        feature: feature(source.id, { type: 'Point', coordinates: stripZ(position) }, source.properties),
        z: position[2] ?? null,
      });
      return;
    }
    case 'MultiPoint': {
      const positions = checkPositions(list, at, 1, 'multiPoint', i18n);
      positions.forEach((position, i) => {
        walk.points.push({
          path: source.path,
          part: nestPart(part, { number: i + 1, of: positions.length, splitFrom: 'MultiPoint' }),
          feature: feature(partId(source, i + 1), { type: 'Point', coordinates: stripZ(position) }, source.properties),
          z: position[2] ?? null,
        });
      });
      return;
    }
    case 'LineString': {
      const line = checkPositions(list, at, 2, 'lineString', i18n).map(stripZ);
      walk.shapes.push({
        ...from,
        kind: 'line',
        feature: feature(source.id, { type: 'LineString', coordinates: line }, source.properties),
      });
      return;
    }
    case 'MultiLineString': {
      const lines = list.map((line, i) => checkPositions(line, `${at}[${i}]`, 2, 'line', i18n).map(stripZ));
      walk.shapes.push({
        ...from,
        kind: 'line',
        feature: feature(source.id, { type: 'MultiLineString', coordinates: lines }, source.properties),
      });
      return;
    }
    case 'Polygon': {
      const rings = list.map((ring, i) => checkRing(ring, `${at}[${i}]`, i18n).map(stripZ));
      walk.shapes.push({
        ...from,
        kind: 'polygon',
        feature: feature(source.id, { type: 'Polygon', coordinates: rings }, source.properties),
      });
      return;
    }
    case 'MultiPolygon': {
      const polygons = list.map((polygon, i) => {
        const rings = checkList(
          polygon,
          `${at}[${i}]`,
          /*i18n*/ { id: 'formats.list.rings', message: 'a polygon is a list of rings' },
          i18n,
        );
        // An empty part among drawn ones is no polygon at all: say so here, not in the story schema's words later.
        if (rings.length === 0) {
          throw new ShapeError(
            `${at}[${i}]`,
            i18n._({ id: 'formats.polygon.noRing', message: 'a polygon needs at least one ring, and has none' }),
          );
        }
        return rings.map((ring, j) => checkRing(ring, `${at}[${i}][${j}]`, i18n).map(stripZ));
      });
      walk.shapes.push({
        ...from,
        kind: 'polygon',
        feature: feature(source.id, { type: 'MultiPolygon', coordinates: polygons }, source.properties),
      });
      return;
    }
  }
}

/**
 * How a person finds a feature again, as a story's records are named (formatRecordPath): by its id, else (for a
 * problem, given the properties) its "id" property, else its "name" (a uMap or KML feature often has only a name).
 */
function describeRecord(path: string, id: unknown, properties?: unknown): string {
  const own = isRecord(properties) ? properties : {};
  const candidates = [
    ['id', id],
    ['id', own.id],
    ['name', own.name],
  ] as const;
  for (const [key, value] of candidates) {
    if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) {
      const shown = String(value).length > 60 ? `${String(value).slice(0, 60)}…` : value;
      return `${path} (${key} ${JSON.stringify(shown)})`;
    }
  }
  return path;
}

function walkFeature(value: unknown, path: string, walk: Walk, i18n: I18n, geometryPath?: string): void {
  if (!isRecord(value) || value.type !== 'Feature') {
    const found = isRecord(value) ? `"type": ${describeValue(value.type, i18n)}` : describeValue(value, i18n);
    throw new ShapeError(
      path,
      i18n._({
        id: 'formats.feature.notFeature',
        message: 'each feature is an object with "type": "Feature", not {found}',
        values: { found },
      }),
    );
  }
  const id = typeof value.id === 'string' || typeof value.id === 'number' ? value.id : undefined;
  // Where a drawn feature comes from, as readers of CSV rows and GeoJSON lines rename it ("row 5"): by its id only.
  const record = describeRecord(path, id);
  // Where a problem is: also by its "id" or "name" property, which a reader searching the file can find.
  const named = describeRecord(path, id, value.properties);
  const properties = value.properties;
  if (properties !== undefined && properties !== null && !isRecord(properties)) {
    throw new ShapeError(
      `${record}.properties`,
      i18n._({
        id: 'formats.feature.properties',
        message: 'properties is an object or null, not {found}',
        values: { found: describeValue(properties, i18n) },
      }),
    );
  }
  const ownId: unknown = isRecord(properties) ? properties.id : undefined;
  const partBase = id ?? (typeof ownId === 'string' || typeof ownId === 'number' ? ownId : undefined);
  const source: Source = { path: record, id, partBase, properties: properties ?? {} };
  if (!('geometry' in value)) {
    noPlace(
      walk,
      source,
      null,
      i18n._({ id: 'formats.noPlace.noGeometry', message: 'the file gives it no location (it has no geometry)' }),
    );
    return;
  }
  walkGeometry(value.geometry, geometryPath ?? `${named}.geometry`, source, null, walk, i18n);
}

/** The features of a FeatureCollection, a single Feature, a bare geometry or a uMap file's layers, with their paths. */
interface Entry {
  path: string;
  value: unknown;
  /** Where the geometry is, when it is not `<path>.geometry`. */
  geometryPath?: string;
}

function listFeatures(json: unknown, i18n: I18n): Entry[] {
  if (!isRecord(json)) {
    throw new ShapeError(
      TOP_LEVEL,
      i18n._({
        id: 'formats.notGeoJsonObject',
        message: 'the file holds {found}, not a GeoJSON object',
        values: { found: describeValue(json, i18n) },
      }),
    );
  }
  const type = json.type;
  if (type === 'FeatureCollection') {
    const features = checkList(
      json.features,
      'features',
      /*i18n*/ { id: 'formats.list.features', message: 'a FeatureCollection holds a list of "features"' },
      i18n,
    );
    return features.map((value, i) => ({ path: `features[${i}]`, value }));
  }
  if (type === 'Feature') return [{ path: THE_FEATURE, value: json, geometryPath: 'geometry' }];
  // A .umap file (uMap's "Download" of a whole map): its features are in "layers", each a FeatureCollection; its own
  // "geometry" is the map's centre, not a feature.
  if (type === 'umap') {
    const layers = checkList(
      json.layers,
      'layers',
      /*i18n*/ { id: 'formats.list.layers', message: 'a uMap file holds a list of "layers"' },
      i18n,
    );
    return layers.flatMap((layer, i) => {
      if (!isRecord(layer) || layer.type !== 'FeatureCollection') {
        throw new ShapeError(
          `layers[${i}]`,
          i18n._({ id: 'formats.umap.layer', message: 'each uMap layer is a GeoJSON FeatureCollection' }),
        );
      }
      const features = checkList(
        layer.features,
        `layers[${i}].features`,
        /*i18n*/ { id: 'formats.list.layerFeatures', message: 'a layer holds a list of "features"' },
        i18n,
      );
      return features.map((value, j) => ({ path: `layers[${i}].features[${j}]`, value }));
    });
  }
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) {
    // A bare geometry is a feature of one with no properties: the file's author drew it, so it is shown.
    return [
      {
        path: THE_GEOMETRY,
        value: { type: 'Feature', geometry: json, properties: {} },
        geometryPath: TOP_LEVEL,
      },
    ];
  }
  throw new ShapeError(
    TOP_LEVEL,
    type === undefined
      ? i18n._({ id: 'formats.notGeoJson.noType', message: 'the file is not GeoJSON (it has no "type")' })
      : i18n._({
          id: 'formats.notGeoJson.type',
          message: 'the file is not GeoJSON (its "type" is {found})',
          values: { found: describeValue(type, i18n) },
        }),
  );
}

function problemOf(error: ShapeError): FormatProblem {
  return { path: error.path, message: error.message };
}

/**
 * A parsed GeoJSON file (a FeatureCollection, a Feature, a bare geometry, or a .umap export) as what Citemap can show:
 * one point per Point and per MultiPoint part (ids `<id>-1`, `<id>-2`…), lines and polygons as context shapes (a Multi*
 * form stays one shape), a GeometryCollection split into its members, and every feature with no location listed with
 * why. Heights are taken off the coordinates (kept as `z`). Geometry that breaks RFC 7946 (a position that is not two
 * or three finite numbers in range, a line of one position, an open ring) refuses the file, every broken feature
 * named: a shape drawn wrong is worse than none. Coordinates are expected in WGS 84: run `detectCrs` first.
 */
export function explodeFeatures(json: unknown, i18n: I18n): ExplodedFeatures {
  const walk: Walk = { points: [], shapes: [], notOnMap: [] };
  const problems: FormatProblem[] = [];
  let entries: Entry[];
  try {
    entries = listFeatures(json, i18n);
  } catch (error) {
    if (error instanceof ShapeError) return { status: 'refused', problems: [problemOf(error)] };
    throw error;
  }
  for (const { path, value, geometryPath } of entries) {
    try {
      walkFeature(value, path, walk, i18n, geometryPath);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      problems.push(problemOf(error));
    }
  }
  if (problems.length > 0) return { status: 'refused', problems };
  return {
    status: 'read',
    ...walk,
    counts: {
      points: walk.points.length,
      lines: walk.shapes.filter((shape) => shape.kind === 'line').length,
      polygons: walk.shapes.filter((shape) => shape.kind === 'polygon').length,
      noGeometry: walk.notOnMap.length,
    },
  };
}
