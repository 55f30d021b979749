import type { Geometry, Position } from 'geojson';
import type { I18n, MessageDescriptor } from '../../i18n/i18n.ts';

export type WktResult = { ok: true; geometry: Geometry | null } | { ok: false; message: string };

type Nested = Position | Nested[];

/** What is wrong with the text, as words to say in the reader's language once the parse has failed. */
class WktError extends Error {
  constructor(readonly words: MessageDescriptor) {
    super(words.message);
  }
}

function commaOrClose(found: string): WktError {
  return new WktError(
    /*i18n*/ {
      id: 'formats.wkt.commaOrClose',
      message: 'expected {comma} or {close} but found {found}',
      values: { comma: '","', close: '")"', found: `"${found}"` },
    },
  );
}

function expected(wanted: string, found: string): WktError {
  return new WktError(
    /*i18n*/ {
      id: 'formats.wkt.expected',
      message: 'expected {wanted} but found {found}',
      values: { wanted, found: `"${found}"` },
    },
  );
}

const TYPES = new Set([
  'POINT',
  'MULTIPOINT',
  'LINESTRING',
  'MULTILINESTRING',
  'POLYGON',
  'MULTIPOLYGON',
  'GEOMETRYCOLLECTION',
]);

class Reader {
  private index = 0;
  private readonly tokens: string[];

  constructor(text: string) {
    this.tokens = text.match(/[(),]|[^\s(),]+/g) ?? [];
  }

  peek(): string | undefined {
    return this.tokens[this.index];
  }

  next(): string {
    const token = this.tokens[this.index];
    if (token === undefined)
      throw new WktError(/*i18n*/ { id: 'formats.wkt.endsEarly', message: 'the text ends too early' });
    this.index += 1;
    return token;
  }

  expect(token: string): void {
    const found = this.next();
    if (found !== token) throw expected(`"${token}"`, found);
  }

  atEnd(): boolean {
    return this.index >= this.tokens.length;
  }
}

function readPosition(reader: Reader, dimensions: number): Position {
  const numbers: number[] = [];
  while (reader.peek() !== ',' && reader.peek() !== ')' && reader.peek() !== undefined) {
    const token = reader.next();
    const value = Number(token);
    if (token === '(' || !Number.isFinite(value))
      throw new WktError(
        /*i18n*/ {
          id: 'formats.wkt.notCoordinate',
          message: '{token} is not a coordinate',
          values: { token: `"${token}"` },
        },
      );
    numbers.push(value);
  }
  if (numbers.length < 2)
    throw new WktError(/*i18n*/ { id: 'formats.wkt.twoNumbers', message: 'a position needs at least two numbers' });
  // With an M (measure) but no Z, the third number is not a height: only X, Y and Z are kept.
  return numbers.slice(0, Math.min(numbers.length, dimensions));
}

/** A parenthesised list: of positions when it holds numbers, of lists when it holds "(". */
function readList(reader: Reader, dimensions: number): Nested[] {
  reader.expect('(');
  const items: Nested[] = [];
  for (;;) {
    items.push(reader.peek() === '(' ? readList(reader, dimensions) : readPosition(reader, dimensions));
    const token = reader.next();
    if (token === ')') return items;
    if (token !== ',') throw commaOrClose(token);
  }
}

function positions(items: Nested[]): Position[] {
  // MULTIPOINT is written both as ((1 2), (3 4)) and as (1 2, 3 4).
  return items.map((item) => {
    const only = Array.isArray(item[0]) ? (item as Nested[])[0] : item;
    if (only === undefined || Array.isArray(only[0]))
      throw new WktError(/*i18n*/ { id: 'formats.wkt.positions', message: 'expected a list of positions' });
    return only as Position;
  });
}

function lists(items: Nested[]): Position[][] {
  return items.map((item) => {
    if (!Array.isArray(item[0]))
      throw new WktError(/*i18n*/ { id: 'formats.wkt.lists', message: 'expected a list of lists of positions' });
    return positions(item as Nested[]);
  });
}

function readGeometry(reader: Reader): Geometry | null {
  const type = reader.next().toUpperCase();
  if (!TYPES.has(type))
    throw new WktError(
      /*i18n*/ { id: 'formats.wkt.type', message: '{type} is not a WKT geometry type', values: { type: `"${type}"` } },
    );
  let dimensions = 2;
  const tag = reader.peek()?.toUpperCase();
  if (tag === 'Z' || tag === 'ZM') dimensions = 3;
  if (tag === 'Z' || tag === 'M' || tag === 'ZM') reader.next();
  if (reader.peek()?.toUpperCase() === 'EMPTY') {
    reader.next();
    return null;
  }
  if (type === 'GEOMETRYCOLLECTION') {
    reader.expect('(');
    const geometries: Geometry[] = [];
    for (;;) {
      const member = readGeometry(reader);
      if (member !== null) geometries.push(member);
      const token = reader.next();
      if (token === ')') return { type: 'GeometryCollection', geometries };
      if (token !== ',') throw commaOrClose(token);
    }
  }
  const items = readList(reader, dimensions);
  switch (type) {
    case 'POINT': {
      const [position] = positions(items);
      if (position === undefined || items.length !== 1)
        throw new WktError(/*i18n*/ { id: 'formats.wkt.point', message: 'a POINT has one position' });
      return { type: 'Point', coordinates: position };
    }
    case 'MULTIPOINT':
      return { type: 'MultiPoint', coordinates: positions(items) };
    case 'LINESTRING':
      return { type: 'LineString', coordinates: positions(items) };
    case 'MULTILINESTRING':
      return { type: 'MultiLineString', coordinates: lists(items) };
    case 'POLYGON':
      return { type: 'Polygon', coordinates: lists(items) };
    default:
      return {
        type: 'MultiPolygon',
        coordinates: items.map((polygon) => {
          if (!Array.isArray(polygon[0]))
            throw new WktError(
              /*i18n*/ { id: 'formats.wkt.multiPolygon', message: 'a MULTIPOLYGON is a list of polygons' },
            );
          return lists(polygon as Nested[]);
        }),
      };
  }
}

/**
 * Well-known text, as GDAL's CSV driver (`-lco GEOMETRY=AS_WKT`) and QGIS write it, to a GeoJSON geometry: the six
 * simple types, GEOMETRYCOLLECTION, Z / M / ZM and EMPTY (which is no geometry). An EWKT `SRID=…;` prefix is read past:
 * the CRS is the caller's question. The shapes are not checked here (ring closure, ranges): `explodeFeatures` does that.
 */
export function parseWktGeometry(text: string, i18n: I18n): WktResult {
  const body = text.trim().replace(/^SRID=\d+;/i, '');
  try {
    const reader = new Reader(body);
    const geometry = readGeometry(reader);
    if (!reader.atEnd())
      throw new WktError(
        /*i18n*/ {
          id: 'formats.wkt.after',
          message: 'unexpected {token} after the geometry',
          values: { token: `"${reader.peek()}"` },
        },
      );
    return { ok: true, geometry };
  } catch (error) {
    if (error instanceof WktError) {
      return {
        ok: false,
        message: i18n._({
          id: 'formats.wkt.unreadable',
          message: 'not readable as WKT: {reason}',
          values: { reason: i18n._(error.words) },
        }),
      };
    }
    throw error;
  }
}
