import type { Feature, Geometry } from 'geojson';
import type { I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import type { Position } from '../../model/geojson.ts';
import { ID_PATTERN } from '../../model/ids.ts';
import {
  IncidentKindSchema,
  type CasualtyFigure,
  type IncidentKind,
  type IncidentPlace,
  type IncidentTime,
  type OutsideSource,
} from '../../model/incident.ts';
import type { Region } from '../../model/region.ts';
import { STORY_SCHEMA_VERSION } from '../../model/story.ts';
import type { CsvIncidentFields, CsvIncidents, CsvRow, DatasetFatalities } from '../formats/readCsvIncidents.ts';
import type { FeatureNotOnMap, PointToShow, ShapeToShow } from '../formats/explodeFeatures.ts';
import type { FeatureFileRead } from '../formats/readFeatureFile.ts';
import { readPrecisionFields, type PrecisionFields } from '../formats/readPrecisionFields.ts';
import { slugify } from '../words/slugify.ts';
import { boundsAroundPoints } from './boundsAroundPoints.ts';
import type { StoryLoad } from './loadStory.ts';
import { readPointTime } from './readPointTime.ts';
import { validateStory } from './validateStory.ts';
import { webUrlOrNull } from './webAddress.ts';

export interface FeatureStoryOptions {
  /** The http(s) address the file was opened from, if any: the story then links to it as its source. */
  sourceUrl?: string;
  /** The language of the checks' problems. */
  i18n: I18n;
}

type ReadFeatures = Extract<FeatureFileRead, { status: 'read' }>;
type CsvRead = Extract<CsvIncidents, { status: 'read' }>;

const TITLE_KEYS = ['name', 'title', 'label'] as const;
const KIND_KEYS = ['kind', 'type'] as const;
const SUMMARY_KEYS = ['description', 'summary', 'desc'] as const;
const NOTE_VALUE_LIMIT = 500;
/** As for problems (readStoryBundle's limit): a file with thousands of bad cells is told of in a list one can read. */
const MAX_NOTICES = 50;
/** The world as Web Mercator shows it: the view of a file whose features have no place at all. */
const WHOLE_WORLD: [number, number, number, number] = [-180, -60, 180, 75];

/** The datasets whose sources Citemap names when a row gives a fatality count, as the dataset's own claim. */
const DATASET_SOURCES: Record<DatasetFatalities['claimedBy'], Omit<OutsideSource, 'id'>> = {
  ACLED: {
    title: 'Armed Conflict Location & Event Data (ACLED)',
    publisher: 'ACLED',
    date: null,
    url: 'https://acleddata.com/',
  },
  'UCDP GED': {
    title: 'UCDP Georeferenced Event Dataset (GED)',
    publisher: 'Uppsala Conflict Data Program',
    date: null,
    url: 'https://ucdp.uu.se/',
  },
};

// ACLED's event types that are acts of violence; its others (protests, riots, strategic developments) are not strikes.
const ACLED_VIOLENT_EVENTS = new Set(['battles', 'explosions/remote violence', 'violence against civilians']);

/** "data/Field_notes.geojson" → "Field notes"; "https://host/path/field%20notes.kml?x=1" → "field notes". */
export function titleFromFileName(fileName: string): string {
  const path = URL.canParse(fileName) ? new URL(fileName).pathname : fileName;
  const lastSegment = path.split(/[\\/]/).pop() ?? '';
  let decoded = lastSegment;
  try {
    decoded = decodeURIComponent(lastSegment);
  } catch {
    // A stray "%" is part of the name as the reader typed it: keep the name undecoded.
  }
  const stem = decoded
    .replace(/\.(geojson|json|geojsonl|geojsons|geojsonseq|ndjson|jsonl|umap|csv|tsv|kml|gpx|txt)$/i, '')
    .replace(/[_\s]+/g, ' ')
    .trim();
  return stem === '' ? 'Points' : stem;
}

/** A property's value as text; a number JSON cannot hold (1e309 parses as Infinity) is said to be one. */
function formatValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value) ? 'not a number' : 'a number too large to read';
  }
  const text = typeof value === 'string' ? value : (JSON.stringify(value, replaceNonFinite) ?? String(value));
  if (text.length <= NOTE_VALUE_LIMIT) return text;
  return `${text.slice(0, NOTE_VALUE_LIMIT)}… (${text.length - NOTE_VALUE_LIMIT} more characters)`;
}

function replaceNonFinite(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? 'a number too large to read' : value;
}

function propertiesOf(feature: Feature<Geometry | null>): Record<string, unknown> {
  const { properties } = feature;
  return properties !== null && typeof properties === 'object' ? properties : {};
}

function firstText(properties: Record<string, unknown>, keys: readonly string[]): [string, string] | null {
  for (const key of keys) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim() !== '') return [key, value.trim()];
  }
  return null;
}

function requestedKind(properties: Record<string, unknown>): [string, IncidentKind] | null {
  for (const key of KIND_KEYS) {
    const value = properties[key];
    const kind = IncidentKindSchema.safeParse(typeof value === 'string' ? value.trim().toLowerCase() : value);
    if (kind.success) return [key, kind.data];
  }
  return null;
}

/** Ids are the file's where valid and unique; otherwise numbered as the file counts its features. */
class IdMaker {
  private readonly taken = new Set<string>();

  make(candidates: unknown[], fallback: string): string {
    for (const value of candidates) {
      const text = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
      if (typeof text === 'string' && text.length <= 80 && ID_PATTERN.test(text) && !this.taken.has(text)) {
        this.taken.add(text);
        return text;
      }
    }
    let id = fallback;
    for (let suffix = 2; this.taken.has(id); suffix += 1) id = `${fallback}-${suffix}`;
    this.taken.add(id);
    return id;
  }
}

/** An id the file gives (a string or a number) with a part's suffix; anything else is no id. */
function withSuffix(value: unknown, suffix: string): string | null {
  return typeof value === 'string' || typeof value === 'number' ? `${value}${suffix}` : null;
}

function withPrefix(value: unknown, prefix: string): string | null {
  return typeof value === 'string' || typeof value === 'number' ? `${prefix}${value}` : null;
}

/** "features[3]" → 4; "row 5" → 5; "line 2" → 2: how a reader counts the record in the file. */
function recordNumber(path: string, fallback: number): number {
  const feature = /^features\[(\d+)\]/.exec(path);
  if (feature?.[1] !== undefined) return Number(feature[1]) + 1;
  const counted = /^(?:row|line) (\d+)/.exec(path);
  return counted?.[1] === undefined ? fallback : Number(counted[1]);
}

interface KindAndTime {
  kind: IncidentKind;
  when: IncidentTime | null;
  usedKeys: string[];
  notes: string[];
}

/** Strikes and statements need a date; without one Citemap can read, the point is kept as a reference place. */
function kindAndTime(properties: Record<string, unknown>): KindAndTime {
  const requested = requestedKind(properties);
  if (requested === null || requested[1] === 'reference') {
    return { kind: 'reference', when: null, usedKeys: requested === null ? [] : [requested[0]], notes: [] };
  }
  const [kindKey, kind] = requested;
  const when = readPointTime(properties.date);
  if (when === null) {
    const note =
      `The file calls this a ${kind}, but gives no date Citemap can read (such as "date": "2024-01-16"), ` +
      'so it is shown as a reference place.';
    return { kind: 'reference', when: null, usedKeys: [kindKey], notes: [note] };
  }
  return { kind, when, usedKeys: [kindKey, 'date'], notes: [] };
}

/**
 * Whether a dataset's row records violence. ACLED's `event_type` says (its sub-event types, such as "Air/drone strike"
 * or "Armed clash", name the kind of violence, not whether it is violence); a row without one may be a protest or a
 * strategic development. Every UCDP GED event is organised violence, so a row without `type_of_violence` is still one.
 */
function recordsViolence(fields: CsvIncidentFields, acledEventType: string | null): boolean {
  if (acledEventType !== null) return ACLED_VIOLENT_EVENTS.has(acledEventType.trim().toLowerCase());
  const what = fields.what?.toLowerCase() ?? null;
  return what === null || what.endsWith('conflict') || what.includes('violence');
}

/** A dataset row's kind and day: violence with a readable date is a strike; anything else a dated note. */
function datasetKindAndTime(
  fields: CsvIncidentFields,
  precision: PrecisionFields,
  acledEventType: string | null,
): KindAndTime {
  const when = fields.date === null ? null : readPointTime(fields.date);
  const violent = recordsViolence(fields, acledEventType);
  const dayNote = [
    precision.timeWording === null ? null : `${precision.timeWording}.`,
    fields.dateEnd !== null && fields.dateEnd !== fields.date
      ? `The dataset gives a span of days, ${fields.date} to ${fields.dateEnd}.`
      : null,
  ].filter((note): note is string => note !== null);
  if (when === null || !violent) {
    const notes = [
      ...(fields.what === null ? [] : [`The dataset calls it: ${fields.what}.`]),
      ...(fields.date === null ? [] : [`The dataset dates it ${fields.date}.`]),
      ...dayNote,
    ];
    return { kind: 'reference', when: null, usedKeys: [], notes };
  }
  const note = dayNote.length === 0 ? null : dayNote.join(' ');
  return { kind: 'strike', when: { ...when, note }, usedKeys: [], notes: [] };
}

/**
 * How precisely a point is placed: what a conflict dataset's own codes say (ACLED's, where the file is ACLED's; UCDP's
 * `where_prec`), else "unknown". Citemap's own CSV has a `geo_precision` column on Citemap's scale, so ACLED's codes are
 * read only where the file is recognisably ACLED's.
 */
function precisionOf(properties: Record<string, unknown>, acled: boolean): PrecisionFields {
  const datasetProperties = acled || 'where_prec' in properties ? properties : {};
  return readPrecisionFields(
    acled ? datasetProperties : { where_prec: datasetProperties.where_prec, date_prec: datasetProperties.date_prec },
  );
}

function placeOf(name: string, precision: PrecisionFields, fileName: string): IncidentPlace {
  const radius = precision.geoPrecision === 2 || precision.geoPrecision === 3 ? precision.radiusKm : null;
  const role = precision.pointRole;
  return {
    name,
    variants: [],
    description: precision.pointWording ?? `Where ${fileName} puts it; the file does not say how precise that is.`,
    geoPrecision: precision.geoPrecision ?? 'unknown',
    uncertaintyRadiusKm: radius,
    coordinateSourceId: null,
    ...(role === null
      ? {}
      : {
          point: {
            role,
            on: name,
            eventWas: role === 'site' ? null : (precision.pointWording ?? 'the file does not say where exactly'),
          },
        }),
  };
}

function casualtiesOf(fields: CsvIncidentFields | null): { casualties: CasualtyFigure[]; sources: OutsideSource[] } {
  const fatalities = fields?.fatalities ?? null;
  if (fatalities === null || fatalities.best === null) return { casualties: [], sources: [] };
  const sourceId = slugify(fatalities.claimedBy);
  const low = fatalities.low ?? fatalities.best;
  const high = fatalities.high ?? fatalities.best;
  const range = low === high ? '' : ` (low ${low}, high ${high})`;
  const words = `${fatalities.claimedBy === 'ACLED' ? 'fatalities' : 'best'}: ${fatalities.best}${range}`;
  return {
    casualties: [
      {
        claimedBy: fatalities.claimedBy,
        killed: { value: fatalities.best, atLeast: false },
        injured: null,
        description:
          `the dataset's count of deaths${range === '' ? '' : `, its best estimate${range}`}` +
          (fatalities.source === null ? '' : `; its sources: ${formatValue(fatalities.source)}`),
        citation: { type: 'outside', sourceId, words },
      },
    ],
    sources: [{ id: sourceId, ...DATASET_SOURCES[fatalities.claimedBy] }],
  };
}

interface RecordContext {
  fileName: string;
  party: string;
  ids: IdMaker;
  acled: boolean;
  csvRows: ReadonlyMap<string, CsvRow>;
}

/** The properties Citemap did not read into the incident, as the file has them, for the popup's "In the file". */
function leftOverProperties(
  properties: Record<string, unknown>,
  used: ReadonlySet<string | undefined>,
): [string, string][] {
  return Object.entries(properties)
    .filter(([key]) => !used.has(key))
    .map(([key, value]) => [formatValue(key), formatValue(value)]);
}

/** One incident from a point (or a row or feature with no place: then geometry null, "not on the map"). */
function incidentFrom(
  item: PointToShow | FeatureNotOnMap,
  index: number,
  context: RecordContext,
): ReturnType<typeof buildIncident> {
  const properties = propertiesOf(item.feature);
  const number = recordNumber(item.path, index + 1);
  const partSuffix = item.part === null ? '' : `-${item.part.number}`;
  const fields = context.csvRows.get(item.path)?.fields ?? null;
  // A part's feature already has its id numbered by explodeFeatures (`<id>-1`, or `<id>-2-1` inside a
  // GeometryCollection): numbering it again would make `<id>-1-1`.
  const ownId = withSuffix(properties.id, partSuffix);
  const idCandidates =
    item.part === null
      ? [ownId, item.feature.id, fields?.id]
      : [item.feature.id, ownId, withSuffix(fields?.id, partSuffix)];
  const id = context.ids.make(idCandidates, `point-${number}${partSuffix}`);
  const precision = precisionOf(properties, context.acled);
  const acledEventType = context.acled
    ? typeof properties.event_type === 'string'
      ? properties.event_type
      : ''
    : null;
  const kindTime = fields === null ? kindAndTime(properties) : datasetKindAndTime(fields, precision, acledEventType);
  const title = firstText(properties, TITLE_KEYS);
  const summary = firstText(properties, SUMMARY_KEYS);
  const partName = item.part === null ? '' : ` (part ${item.part.number} of ${item.part.of})`;
  const name = `${title?.[1] ?? fields?.location ?? `Point ${number}`}${partName}`;
  const located = 'z' in item;
  const notes = [
    ...kindTime.notes,
    ...(located ? [] : [`Not on the map: ${item.reason}.`]),

    ...(item.part === null
      ? []
      : [`Part ${item.part.number} of ${item.part.of} of a ${item.part.splitFrom} in the file.`]),
    ...precision.problems.map((problem) => `${problem.path}: ${problem.message}`),
  ];
  const { casualties, sources } = casualtiesOf(fields);
  const fileProperties = [
    ...(located && item.z !== null ? [['altitude (the third coordinate)', String(item.z)] as [string, string]] : []),
    // The file's "id" stays among them unless it became the incident's id (it may be taken, or not a valid id).
    ...leftOverProperties(
      properties,
      new Set([...kindTime.usedKeys, id === ownId ? 'id' : undefined, title?.[0], summary?.[0]]),
    ),
  ];
  return buildIncident({
    fileProperties,
    id,
    geometry: located ? item.feature.geometry : null,
    kind: kindTime.kind,
    when: kindTime.when,
    title: name,
    summary: summary?.[1] ?? fields?.notes ?? `From ${context.fileName}, ${item.path}.`,
    place: located
      ? placeOf(name, precision, context.fileName)
      : {
          name,
          variants: [],
          description: `Not on the map: ${item.reason}.`,
          geoPrecision: null,
          uncertaintyRadiusKm: null,
          coordinateSourceId: null,
        },
    initiator: fields?.initiator ?? null,
    target: fields?.target ?? null,
    party: fields?.initiator ?? context.party,
    casualties,
    sources,
    notes,
  });
}

interface IncidentParts {
  fileProperties: [string, string][];
  id: string;
  geometry: Feature['geometry'] | null;
  kind: IncidentKind;
  when: IncidentTime | null;
  title: string;
  summary: string;
  place: IncidentPlace;
  initiator: string | null;
  target: string | null;
  party: string;
  casualties: CasualtyFigure[];
  sources: OutsideSource[];
  notes: string[];
}

function buildIncident(parts: IncidentParts) {
  return {
    type: 'Feature',
    id: parts.id,
    geometry: parts.geometry,
    properties: {
      id: parts.id,
      kind: parts.kind,
      title: parts.title,
      summary: parts.summary,
      when: parts.when,
      place: parts.place,
      actors: {
        initiator: { name: parts.initiator ?? 'Not named in the file', party: parts.party },
        target: parts.target,
        targetCountry: null,
      },
      claims: [],
      casualties: parts.casualties,
      sources: parts.sources,
      notes: parts.notes,
      fileProperties: parts.fileProperties,
    },
  };
}

/** A line or area the file drew, as a region of its own kind, its properties kept for its popup. */
function regionFrom(shape: ShapeToShow, index: number, fileName: string, ids: IdMaker): Region {
  const properties = propertiesOf(shape.feature);
  const number = recordNumber(shape.path, index + 1);
  const what = shape.kind === 'line' ? 'Line' : 'Area';
  const id = ids.make(
    [properties.id, shape.feature.id].map((value) => withPrefix(value, 'shape-')),
    `shape-${number}`,
  );
  const name = firstText(properties, TITLE_KEYS)?.[1] ?? `${what} ${number}`;
  return {
    type: 'Feature',
    id,
    // Two numbers a position (explodeFeatures took heights off); validateStory checks the whole story's shapes anyway.
    geometry: shape.feature.geometry as Region['geometry'],
    properties: {
      id,
      kind: 'drawn',
      name,
      country: null,
      source: `${fileName}, ${shape.path}`,
      license: 'Not stated in the file',
      lengthKm: null,
      note: null,
      fileProperties: Object.entries(properties).map(([key, value]) => [key, formatValue(value)]),
    },
  };
}

function* positionsOf(geometry: Geometry): Generator<Position> {
  switch (geometry.type) {
    case 'Point':
      yield [geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0];
      return;
    case 'MultiPoint':
    case 'LineString':
      for (const [x = 0, y = 0] of geometry.coordinates) yield [x, y];
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) for (const [x = 0, y = 0] of line) yield [x, y];
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates)
        for (const ring of polygon) for (const [x = 0, y = 0] of ring) yield [x, y];
      return;
    case 'GeometryCollection':
      for (const member of geometry.geometries) yield* positionsOf(member);
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the reader is told once, on screen, about what the file holds and what could not be shown. */
function describeOpening(read: ReadFeatures, fileName: string, unstatedPrecision: number): DataProblem[] {
  const { noGeometry } = read.features.counts;
  const notices: DataProblem[] = [];
  if (noGeometry > 0) {
    notices.push({
      origin: fileName,
      path: '(file)',
      message:
        noGeometry === 1
          ? '1 feature has no location, so it is not on the map: the list shows it as "not on the map", with why'
          : `${noGeometry} features have no location, so they are not on the map: the list shows them as "not on the map", with why`,
    });
  }
  const split = read.features.points.filter((point) => point.part !== null).length;
  if (split > 0) {
    notices.push({
      origin: fileName,
      path: '(file)',
      message: `${plural(split, 'point is a part', 'points are parts')} of a MultiPoint or GeometryCollection, each shown on its own`,
    });
  }
  if (unstatedPrecision > 0) {
    const which = unstatedPrecision === 1 ? 'its point is: it is' : `${unstatedPrecision} of its points are: they are`;
    const drawn =
      unstatedPrecision === 1 ? 'an approximate place, not as an exact site' : 'approximate places, not as exact sites';
    notices.push({
      origin: fileName,
      path: '(file)',
      message: `the file does not say how precise ${which} drawn hollow, as ${drawn}`,
    });
  }
  // The file's own notes (a bad cell, a number too large) come first, as many as fit in the lines a reader is shown
  // for problems; the lines about the whole file always. Only what a DataProblem holds: a number's notice also
  // carries its keys, which are not for the reader.
  const own = read.notices.map(({ path, message }) => ({ origin: fileName, path, message }));
  const room = MAX_NOTICES - notices.length;
  if (own.length <= room) return [...own, ...notices];
  const more = { origin: fileName, path: '(file)', message: `and ${own.length - room + 1} more notes like these` };
  return [...own.slice(0, room - 1), more, ...notices];
}

/**
 * A story made from any file Citemap opens that is not a story bundle (GeoJSON, a uMap export, GeoJSON lines, CSV,
 * KML, GPX), once `readFeatureFile` has read it: each point (and each part of a MultiPoint) an incident; lines and
 * polygons the file drew as regions of kind `drawn`, with their properties; each feature with no location an incident
 * with no map point, listed as "not on the map" with why. Nothing is dropped in silence, and nothing is made more
 * precise than the file says: a point's precision is "unknown" unless a conflict dataset's own codes say otherwise.
 * Strikes and statements need a `kind`/`type` saying so and a readable `date`; an ACLED or UCDP row is a strike when it
 * records violence. Every property Citemap does not use is kept as a note. The result goes through the same checks
 * as any story; `notices` says what the reader should be told once.
 */
export function storyFromFeatures(fileName: string, read: ReadFeatures, options: FeatureStoryOptions): StoryLoad {
  const title = titleFromFileName(fileName);
  const storyId = slugify(title).slice(0, 60).replace(/-+$/, '') || 'points';
  const ids = new IdMaker();
  const csv: CsvRead | null = read.csv;
  const csvRows = new Map((csv?.rows ?? []).map((row) => [`row ${row.rowNumber}`, row]));
  const context: RecordContext = { fileName, party: title, ids, acled: csv?.layout === 'acled', csvRows };
  // Regions first: their ids are prefixed, so an incident keeps the plain id the file gives it.
  const regions = read.features.shapes.map((shape, index) => regionFrom(shape, index, fileName, ids));
  const incidents = [...read.features.points, ...read.features.notOnMap].map((item, index) =>
    incidentFrom(item, index, context),
  );
  const positions: Position[] = [];
  // One by one: spreading a long GPX track or a detailed coastline into push() overflows the call stack.
  for (const item of [...read.features.points, ...read.features.shapes]) {
    for (const position of positionsOf(item.feature.geometry)) positions.push(position);
  }
  const sourceUrl = webUrlOrNull(options.sourceUrl);
  const { points, lines, polygons, noGeometry } = read.features.counts;
  const shown = [
    plural(points, 'point', 'points'),
    ...(lines > 0 ? [plural(lines, 'line', 'lines')] : []),
    ...(polygons > 0 ? [plural(polygons, 'area', 'areas')] : []),
  ].join(', ');
  const missing =
    noGeometry > 0 ? ` ${plural(noGeometry, 'feature', 'features')} with no location, listed as not on the map.` : '';
  const story = {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: storyId,
    title,
    summary: `${shown} from ${fileName}.${missing}`,
    defaultBounds: boundsAroundPoints(positions) ?? WHOLE_WORLD,
    article: {
      id: `${storyId}-file`,
      title,
      titleSource: `the file name, ${fileName}`,
      publisher: 'Not stated in the file',
      sourceLine: null,
      byline: null,
      publishedAt: null,
      url: sourceUrl,
      language: 'und',
      passages: [],
      notes: ["Made from a file, not from an article: no mark on this map cites an article's words."],
    },
    incidents: { type: 'FeatureCollection', features: incidents },
    regions: { type: 'FeatureCollection', features: regions },
    tour: null,
    credits: [{ what: 'Points, lines and areas', source: fileName, license: 'Not stated in the file', url: sourceUrl }],
  };
  const result = validateStory(fileName, story, options.i18n);
  if (result.status === 'failed') return result;
  const unstated = incidents.filter((incident) => incident.properties.place.geoPrecision === 'unknown').length;
  return { ...result, notices: describeOpening(read, fileName, unstated) };
}
