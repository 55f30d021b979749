import type { Feature, FeatureCollection, Geometry } from 'geojson';
import Papa from 'papaparse';
import type { I18n } from '../../i18n/i18n.ts';
import { cellPath, rowPath, WHOLE_FILE, type FormatProblem } from './FormatProblem.ts';
import { parseWktGeometry } from './parseWktGeometry.ts';
import { readPrecisionFields, type PrecisionFields } from './readPrecisionFields.ts';

/** Whose export the columns are: ACLED's, UCDP GED's, or anyone's spreadsheet with coordinates. */
export type CsvLayout = 'acled' | 'ucdp-ged' | 'other';

/** A casualty figure as the dataset gives it: the dataset's own count, never Citemap's, with the column of sources. */
export interface DatasetFatalities {
  claimedBy: 'ACLED' | 'UCDP GED';
  /** ACLED's `fatalities`; UCDP's `best`. */
  best: number | null;
  /** UCDP's `low` and `high`; null for ACLED, which gives one number. */
  low: number | null;
  high: number | null;
  /** What the dataset names as its sources (ACLED `source`, UCDP `source_article`). */
  source: string | null;
}

/** What an ACLED or UCDP row says, in the words a later step makes into an incident. */
export interface CsvIncidentFields {
  id: string | null;
  /** The (first) day, `YYYY-MM-DD`; `dateEnd` the last day of a span (UCDP), else null. */
  date: string | null;
  dateEnd: string | null;
  /** ACLED `event_type`; UCDP's `type_of_violence` in words. */
  what: string | null;
  initiator: string | null;
  target: string | null;
  admin1: string | null;
  location: string | null;
  precision: PrecisionFields;
  fatalities: DatasetFatalities | null;
  notes: string | null;
}

export interface CsvRow {
  /** The record's number, counting the header as row 1; blank lines are not counted. */
  rowNumber: number;
  /** The row as a feature: its cells (every column kept, by name) as properties; null geometry when not on the map. */
  feature: Feature<Geometry | null>;
  /** ACLED or UCDP columns read; null for other layouts. */
  fields: CsvIncidentFields | null;
}

export type CoordinateColumns =
  { kind: 'latitude-longitude'; latitude: string; longitude: string } | { kind: 'wkt'; column: string };

export type CsvIncidents =
  | { status: 'refused'; problems: FormatProblem[] }
  | {
      status: 'read';
      layout: CsvLayout;
      coordinates: CoordinateColumns;
      rows: CsvRow[];
      /** The same rows as one FeatureCollection, for `explodeFeatures`. */
      collection: FeatureCollection<Geometry | null>;
      /** Rows listed as "not on the map", with why; they are kept in `rows`. */
      notOnMap: { rowNumber: number; reason: string }[];
      /** Cells that could not be read; the row is still kept. */
      problems: FormatProblem[];
    };

// Exact names first; then a name with such a word in it ("geo_Longitude", "Lat (WGS84)"). GDAL's AS_XY writes X and Y.
const LATITUDE_NAMES = ['latitude', 'lat', 'y', 'ycoord', 'y_coord', 'point_y'];
const LONGITUDE_NAMES = ['longitude', 'lon', 'lng', 'long', 'x', 'xcoord', 'x_coord', 'point_x'];
const LATITUDE_WORD = /(^|[^a-z])(lat|latitude)([^a-z]|$)/i;
const LONGITUDE_WORD = /(^|[^a-z])(lon|lng|long|longitude)([^a-z]|$)/i;
// GDAL's AS_WKT writes "WKT"; QGIS "wkt_geom"; UCDP's GED "geom_wkt"; PostGIS dumps "the_geom" or "geometry".
const WKT_NAMES = ['wkt', 'wkt_geom', 'geom_wkt', 'the_geom', 'geometry', 'geom'];

const ACLED_COLUMNS = ['event_id_cnty', 'event_date', 'actor1', 'geo_precision'];
const UCDP_COLUMNS = ['date_start', 'side_a', 'where_prec', 'best'];

// UCDP GED Codebook: type_of_violence 1 state-based conflict, 2 non-state conflict, 3 one-sided violence. The
// codebook's own names for its categories, as ACLED's event types are kept as its files write them: data, not words.
const UCDP_VIOLENCE: Record<string, string> = {
  '1': 'state-based conflict',
  '2': 'non-state conflict',
  '3': 'one-sided violence',
};

function findColumn(header: readonly string[], names: readonly string[], word?: RegExp): string | null {
  const lower = header.map((name) => name.trim().toLowerCase());
  for (const name of names) {
    const index = lower.indexOf(name);
    if (index !== -1) return header[index] ?? null;
  }
  return word === undefined ? null : (header.find((name) => word.test(name.trim())) ?? null);
}

function text(row: Record<string, string>, column: string): string | null {
  const value = row[column]?.trim();
  return value === undefined || value === '' ? null : value;
}

function wholeNumber(
  row: Record<string, string>,
  column: string,
  rowNumber: number,
  problems: FormatProblem[],
  i18n: I18n,
): number | null {
  const value = text(row, column);
  if (value === null) return null;
  if (/^\d+$/.test(value)) return Number(value);
  problems.push({
    path: cellPath(rowNumber, column),
    message: i18n._({
      id: 'formats.csv.notPeople',
      message: '{value} is not a whole number of people',
      values: { value: JSON.stringify(value) },
    }),
  });
  return null;
}

/** A date as `YYYY-MM-DD`, from ACLED's `2024-01-15` or UCDP's `2009-02-20T00:00:00` / `2009-02-20 00:00:00.000`. */
function day(value: string | null): string | null {
  return value === null ? null : (/^(\d{4}-\d\d-\d\d)/.exec(value)?.[1] ?? value);
}

function acledFields(
  row: Record<string, string>,
  rowNumber: number,
  problems: FormatProblem[],
  i18n: I18n,
): CsvIncidentFields {
  const fatalities = wholeNumber(row, 'fatalities', rowNumber, problems, i18n);
  const source = text(row, 'source');
  return {
    id: text(row, 'event_id_cnty'),
    date: day(text(row, 'event_date')),
    dateEnd: null,
    what: text(row, 'sub_event_type') ?? text(row, 'event_type'),
    initiator: text(row, 'actor1'),
    target: text(row, 'actor2'),
    admin1: text(row, 'admin1'),
    location: text(row, 'location'),
    precision: readPrecisionFields(row, i18n),
    // ACLED codes fatalities from its sources and says the number is its own estimate: a figure claimed by ACLED.
    fatalities: fatalities === null ? null : { claimedBy: 'ACLED', best: fatalities, low: null, high: null, source },
    notes: text(row, 'notes'),
  };
}

function ucdpFields(
  row: Record<string, string>,
  rowNumber: number,
  problems: FormatProblem[],
  i18n: I18n,
): CsvIncidentFields {
  const best = wholeNumber(row, 'best', rowNumber, problems, i18n);
  const low = wholeNumber(row, 'low', rowNumber, problems, i18n);
  const high = wholeNumber(row, 'high', rowNumber, problems, i18n);
  const violence = text(row, 'type_of_violence');
  return {
    id: text(row, 'id'),
    date: day(text(row, 'date_start')),
    dateEnd: day(text(row, 'date_end')),
    what: violence === null ? null : (UCDP_VIOLENCE[violence] ?? violence),
    initiator: text(row, 'side_a'),
    target: text(row, 'side_b'),
    admin1: text(row, 'adm_1'),
    location: text(row, 'where_description') ?? text(row, 'where_coordinates'),
    precision: readPrecisionFields(row, i18n),
    // UCDP gives a best estimate between a low and a high one, all its own: kept as the range it is.
    fatalities:
      best === null && low === null && high === null
        ? null
        : { claimedBy: 'UCDP GED', best, low, high, source: text(row, 'source_article') },
    notes: text(row, 'source_headline'),
  };
}

/** "36,31" from a spreadsheet set to a decimal comma reads as 36.31; anything else that is not a number is refused. */
function readDegrees(value: string): number | null {
  const normalised = /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  const number = Number(normalised);
  return normalised === '' || !Number.isFinite(number) ? null : number;
}

interface Located {
  geometry: Geometry | null;
  /** Why the row is not on the map, when it is not. */
  reason: string | null;
}

function locateByColumns(
  row: Record<string, string>,
  latitudeColumn: string,
  longitudeColumn: string,
  rowNumber: number,
  problems: FormatProblem[],
  i18n: I18n,
): Located {
  const latitudeText = row[latitudeColumn]?.trim() ?? '';
  const longitudeText = row[longitudeColumn]?.trim() ?? '';
  if (latitudeText === '' && longitudeText === '') {
    return {
      geometry: null,
      reason: i18n._({ id: 'formats.csv.noCoordinates', message: 'the row has no coordinates' }),
    };
  }
  const latitude = readDegrees(latitudeText);
  const longitude = readDegrees(longitudeText);
  const checks: [string, string, number | null, number][] = [
    [latitudeColumn, latitudeText, latitude, 90],
    [longitudeColumn, longitudeText, longitude, 180],
  ];
  for (const [column, cell, value, limit] of checks) {
    if (value === null || Math.abs(value) > limit) {
      const message =
        cell === ''
          ? i18n._({ id: 'formats.csv.emptyCell', message: 'the cell is empty, so the row has no position' })
          : value === null
            ? i18n._({
                id: 'formats.csv.notDegrees',
                message: '{cell} is not a number of degrees',
                values: { cell: JSON.stringify(cell) },
              })
            : column === latitudeColumn
              ? i18n._({
                  id: 'formats.csv.notLatitude',
                  message: '{cell} is not a latitude (between -{limit} and {limit})',
                  values: { cell, limit: String(limit) },
                })
              : i18n._({
                  id: 'formats.csv.notLongitude',
                  message: '{cell} is not a longitude (between -{limit} and {limit})',
                  values: { cell, limit: String(limit) },
                });
      problems.push({ path: cellPath(rowNumber, column), message });
      return { geometry: null, reason: columnReason(column, message, i18n) };
    }
  }
  return { geometry: { type: 'Point', coordinates: [longitude as number, latitude as number] }, reason: null };
}

/** Why a row is not on the map: "column latitude: the cell is empty…". */
function columnReason(column: string, problem: string, i18n: I18n): string {
  return i18n._({ id: 'formats.csv.columnReason', message: 'column {column}: {problem}', values: { column, problem } });
}

function locateByWkt(
  row: Record<string, string>,
  column: string,
  rowNumber: number,
  problems: FormatProblem[],
  i18n: I18n,
): Located {
  const cell = row[column]?.trim() ?? '';
  if (cell === '') {
    return { geometry: null, reason: i18n._({ id: 'formats.csv.noGeometry', message: 'the row has no geometry' }) };
  }
  const parsed = parseWktGeometry(cell, i18n);
  if (!parsed.ok) {
    problems.push({ path: cellPath(rowNumber, column), message: parsed.message });
    return { geometry: null, reason: columnReason(column, parsed.message, i18n) };
  }
  const empty = i18n._({
    id: 'formats.csv.emptyGeometry',
    message: 'its geometry is {empty}',
    values: { empty: 'EMPTY' },
  });
  return { geometry: parsed.geometry, reason: parsed.geometry === null ? empty : null };
}

function layoutOf(header: readonly string[]): CsvLayout {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  if (ACLED_COLUMNS.every((name) => names.has(name))) return 'acled';
  if (UCDP_COLUMNS.every((name) => names.has(name))) return 'ucdp-ged';
  return 'other';
}

/**
 * A CSV of incidents (an ACLED or UCDP GED export, or any table with latitude and longitude or WKT columns) as one
 * feature per row: every cell kept as a property, ACLED's and UCDP's columns also read into `fields`. A row with no
 * usable position is kept with a null geometry and listed in `notOnMap`; a cell that cannot be read is a problem named
 * by row and column, not a reason to refuse the file. Only a file with no coordinate columns at all is refused.
 */
export function readCsvIncidents(csv: string, i18n: I18n): CsvIncidents {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...records] = parsed.data;
  if (header === undefined || header.every((name) => name.trim() === '')) {
    return {
      status: 'refused',
      problems: [
        {
          path: WHOLE_FILE,
          message: i18n._({ id: 'formats.csv.noHeader', message: 'the file is empty: no header row of column names' }),
        },
      ],
    };
  }
  const latitude = findColumn(header, LATITUDE_NAMES, LATITUDE_WORD);
  const longitude = findColumn(header, LONGITUDE_NAMES, LONGITUDE_WORD);
  const wkt = findColumn(header, WKT_NAMES);
  let coordinates: CoordinateColumns;
  if (latitude !== null && longitude !== null) coordinates = { kind: 'latitude-longitude', latitude, longitude };
  else if (wkt !== null) coordinates = { kind: 'wkt', column: wkt };
  else {
    const names = header
      .slice(0, 12)
      .map((name) => JSON.stringify(name))
      .join(', ');
    return {
      status: 'refused',
      problems: [
        {
          path: rowPath(1),
          message: i18n._({
            id: 'formats.csv.noCoordinateColumns',
            message:
              'no latitude and longitude columns, nor a WKT column, among the columns {columns}: name them {latitude} and {longitude} (decimal degrees, WGS 84)',
            values: {
              columns: `${names}${header.length > 12 ? '…' : ''}`,
              latitude: '"latitude"',
              longitude: '"longitude"',
            },
          }),
        },
      ],
    };
  }
  const layout = layoutOf(header);
  const problems: FormatProblem[] = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      path: error.row === undefined ? WHOLE_FILE : rowPath(error.row + 1),
      // Papa Parse's own words for what it met, as the library gives them.
      message: i18n._({
        id: 'formats.csv.malformed',
        message: 'the CSV is malformed here ({reason})',
        values: { reason: error.message },
      }),
    }));
  const notOnMap: { rowNumber: number; reason: string }[] = [];
  const rows = records.map((cells, index): CsvRow => {
    const rowNumber = index + 2;
    // Object.fromEntries would make a column named "__proto__" an ordinary key, as wanted; later duplicates win.
    const row: Record<string, string> = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
    const located =
      coordinates.kind === 'wkt'
        ? locateByWkt(row, coordinates.column, rowNumber, problems, i18n)
        : locateByColumns(row, coordinates.latitude, coordinates.longitude, rowNumber, problems, i18n);
    if (located.reason !== null) notOnMap.push({ rowNumber, reason: located.reason });
    const fields =
      layout === 'acled'
        ? acledFields(row, rowNumber, problems, i18n)
        : layout === 'ucdp-ged'
          ? ucdpFields(row, rowNumber, problems, i18n)
          : null;
    for (const problem of fields?.precision.problems ?? []) {
      problems.push({ path: cellPath(rowNumber, problem.path), message: problem.message });
    }
    return { rowNumber, fields, feature: { type: 'Feature', geometry: located.geometry, properties: row } };
  });
  return {
    status: 'read',
    layout,
    coordinates,
    rows,
    collection: { type: 'FeatureCollection', features: rows.map((row) => row.feature) },
    notOnMap,
    problems,
  };
}
