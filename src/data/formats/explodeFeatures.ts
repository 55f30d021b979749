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
import type { FormatProblem } from './FormatProblem.ts';
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

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the member is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'an object';
}

function checkPosition(value: unknown, where: string): Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    // "not a list" would be wrong for [1, 2, 3, 4]: say how many numbers it holds.
    const found = Array.isArray(value) ? `a list of ${value.length}` : describeValue(value);
    throw new ShapeError(where, `a position is [longitude, latitude] or [longitude, latitude, height], not ${found}`);
  }
  value.forEach((n: unknown, i) => {
    const axis = ['longitude', 'latitude', 'height'][i] ?? 'number';
    if (typeof n !== 'number') throw new ShapeError(where, `the ${axis} is ${describeValue(n)}, not a number`);
    if (!Number.isFinite(n)) {
      throw new ShapeError(
        where,
        `the ${axis} is a number too large to read (such as 1e309), so the position is unknown`,
      );
    }
  });
  const [longitude, latitude] = value as [number, number];
  if (longitude < -180 || longitude > 180) {
    throw new ShapeError(where, `the longitude ${longitude} is not between -180 and 180`);
  }
  if (latitude < -90 || latitude > 90) {
    throw new ShapeError(
      where,
      `the latitude ${latitude} is not between -90 and 90 (GeoJSON puts longitude first: are the two swapped?)`,
    );
  }
  return value as Position;
}

function checkPositions(value: unknown, where: string, fewest: number, what: string): Position[] {
  if (!Array.isArray(value)) throw new ShapeError(where, `${what} is a list of positions, not ${describeValue(value)}`);
  const positions = value.map((p, i) => checkPosition(p, `${where}[${i}]`));
  if (positions.length < fewest) {
    throw new ShapeError(where, `${what} needs at least ${fewest} positions, and has ${positions.length}`);
  }
  return positions;
}

function checkRing(value: unknown, where: string): Position[] {
  const ring = checkPositions(value, where, 4, 'a polygon ring');
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first?.[0] !== last?.[0] || first?.[1] !== last?.[1]) {
    throw new ShapeError(where, `a polygon ring ends where it starts (RFC 7946 §3.1.6); this one is not closed`);
  }
  return ring;
}

function checkList(value: unknown, where: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(where, `${what}, not ${describeValue(value)}`);
  return value;
}

/** `[]`, `[[]]`, `[[], []]`: a geometry some exporters (uMap) write for a feature whose place was never set. */
function isEmptyCoordinates(value: unknown[]): boolean {
  return value.length === 0 || value.every((part) => Array.isArray(part) && part.length === 0);
}

/** A member's path: "coordinates" of a bare geometry, "features[2].geometry.coordinates" of a feature's. */
function childPath(where: string, key: string): string {
  return where === '(top level)' ? key : `${where}.${key}`;
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
function walkGeometry(geometry: unknown, where: string, source: Source, part: FeaturePart | null, walk: Walk): void {
  if (geometry === null || geometry === undefined) {
    noPlace(walk, source, part, 'the file gives it no location (its geometry is null)');
    return;
  }
  if (!isRecord(geometry))
    throw new ShapeError(where, `a geometry is an object with a "type", not ${describeValue(geometry)}`);
  const type = geometry.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) {
    throw new ShapeError(
      childPath(where, 'type'),
      `${describeValue(type)} is not a GeoJSON geometry type (Point, LineString, Polygon…)`,
    );
  }
  if (type === 'GeometryCollection') {
    const members = checkList(
      geometry.geometries,
      childPath(where, 'geometries'),
      'a GeometryCollection holds a list of geometries',
    );
    if (members.length === 0) {
      noPlace(walk, source, part, 'its GeometryCollection is empty');
      return;
    }
    members.forEach((member, i) => {
      const memberPart = nestPart(part, { number: i + 1, of: members.length, splitFrom: 'GeometryCollection' });
      const memberId = partId(source, i + 1);
      const memberSource = { ...source, id: memberId, partBase: memberId };
      walkGeometry(member, `${childPath(where, 'geometries')}[${i}]`, memberSource, memberPart, walk);
    });
    return;
  }
  const coordinates = geometry.coordinates;
  const at = childPath(where, 'coordinates');
  if (coordinates === undefined) throw new ShapeError(where, `a ${type} needs "coordinates"`);
  const list = checkList(coordinates, at, `the coordinates of a ${type} are a list`);
  if (isEmptyCoordinates(list)) {
    noPlace(walk, source, part, `its ${type} has no coordinates`);
    return;
  }
  const from = { path: source.path, part };
  switch (type) {
    case 'Point': {
      const position = checkPosition(list, at);
      walk.points.push({
        ...from,
        feature: feature(source.id, { type: 'Point', coordinates: stripZ(position) }, source.properties),
        z: position[2] ?? null,
      });
      return;
    }
    case 'MultiPoint': {
      const positions = checkPositions(list, at, 1, 'a MultiPoint');
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
      const line = checkPositions(list, at, 2, 'a LineString').map(stripZ);
      walk.shapes.push({
        ...from,
        kind: 'line',
        feature: feature(source.id, { type: 'LineString', coordinates: line }, source.properties),
      });
      return;
    }
    case 'MultiLineString': {
      const lines = list.map((line, i) => checkPositions(line, `${at}[${i}]`, 2, 'a line').map(stripZ));
      walk.shapes.push({
        ...from,
        kind: 'line',
        feature: feature(source.id, { type: 'MultiLineString', coordinates: lines }, source.properties),
      });
      return;
    }
    case 'Polygon': {
      const rings = list.map((ring, i) => checkRing(ring, `${at}[${i}]`).map(stripZ));
      walk.shapes.push({
        ...from,
        kind: 'polygon',
        feature: feature(source.id, { type: 'Polygon', coordinates: rings }, source.properties),
      });
      return;
    }
    case 'MultiPolygon': {
      const polygons = list.map((polygon, i) => {
        const rings = checkList(polygon, `${at}[${i}]`, 'a polygon is a list of rings');
        // An empty part among drawn ones is no polygon at all: say so here, not in the story schema's words later.
        if (rings.length === 0) throw new ShapeError(`${at}[${i}]`, 'a polygon needs at least one ring, and has none');
        return rings.map((ring, j) => checkRing(ring, `${at}[${i}][${j}]`).map(stripZ));
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

function walkFeature(value: unknown, path: string, walk: Walk, geometryPath?: string): void {
  if (!isRecord(value) || value.type !== 'Feature') {
    const found = isRecord(value) ? `"type": ${describeValue(value.type)}` : describeValue(value);
    throw new ShapeError(path, `each feature is an object with "type": "Feature", not ${found}`);
  }
  const id = typeof value.id === 'string' || typeof value.id === 'number' ? value.id : undefined;
  // Where a drawn feature comes from, as readers of CSV rows and GeoJSON lines rename it ("row 5"): by its id only.
  const record = describeRecord(path, id);
  // Where a problem is: also by its "id" or "name" property, which a reader searching the file can find.
  const named = describeRecord(path, id, value.properties);
  const properties = value.properties;
  if (properties !== undefined && properties !== null && !isRecord(properties)) {
    throw new ShapeError(`${record}.properties`, `properties is an object or null, not ${describeValue(properties)}`);
  }
  const ownId: unknown = isRecord(properties) ? properties.id : undefined;
  const partBase = id ?? (typeof ownId === 'string' || typeof ownId === 'number' ? ownId : undefined);
  const source: Source = { path: record, id, partBase, properties: properties ?? {} };
  if (!('geometry' in value)) {
    noPlace(walk, source, null, 'the file gives it no location (it has no geometry)');
    return;
  }
  walkGeometry(value.geometry, geometryPath ?? `${named}.geometry`, source, null, walk);
}

/** The features of a FeatureCollection, a single Feature, a bare geometry or a uMap file's layers, with their paths. */
interface Entry {
  path: string;
  value: unknown;
  /** Where the geometry is, when it is not `<path>.geometry`. */
  geometryPath?: string;
}

function listFeatures(json: unknown): Entry[] {
  if (!isRecord(json)) {
    throw new ShapeError(`(top level)`, `the file holds ${describeValue(json)}, not a GeoJSON object`);
  }
  const type = json.type;
  if (type === 'FeatureCollection') {
    const features = checkList(json.features, 'features', 'a FeatureCollection holds a list of "features"');
    return features.map((value, i) => ({ path: `features[${i}]`, value }));
  }
  if (type === 'Feature') return [{ path: '(the feature)', value: json, geometryPath: 'geometry' }];
  // A .umap file (uMap's "Download" of a whole map): its features are in "layers", each a FeatureCollection; its own
  // "geometry" is the map's centre, not a feature.
  if (type === 'umap') {
    const layers = checkList(json.layers, 'layers', 'a uMap file holds a list of "layers"');
    return layers.flatMap((layer, i) => {
      if (!isRecord(layer) || layer.type !== 'FeatureCollection') {
        throw new ShapeError(`layers[${i}]`, `each uMap layer is a GeoJSON FeatureCollection`);
      }
      const features = checkList(layer.features, `layers[${i}].features`, 'a layer holds a list of "features"');
      return features.map((value, j) => ({ path: `layers[${i}].features[${j}]`, value }));
    });
  }
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) {
    // A bare geometry is a feature of one with no properties: the file's author drew it, so it is shown.
    return [
      {
        path: '(the geometry)',
        value: { type: 'Feature', geometry: json, properties: {} },
        geometryPath: '(top level)',
      },
    ];
  }
  const found = type === undefined ? 'it has no "type"' : `its "type" is ${describeValue(type)}`;
  throw new ShapeError(`(top level)`, `the file is not GeoJSON (${found})`);
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
export function explodeFeatures(json: unknown): ExplodedFeatures {
  const walk: Walk = { points: [], shapes: [], notOnMap: [] };
  const problems: FormatProblem[] = [];
  let entries: Entry[];
  try {
    entries = listFeatures(json);
  } catch (error) {
    if (error instanceof ShapeError) return { status: 'refused', problems: [problemOf(error)] };
    throw error;
  }
  for (const { path, value, geometryPath } of entries) {
    try {
      walkFeature(value, path, walk, geometryPath);
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
