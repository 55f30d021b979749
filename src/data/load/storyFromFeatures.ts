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
import { readerWhereWords } from './readerWhereWords.ts';
import { WHOLE_FILE } from './whereWords.ts';
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

/**
 * The datasets whose sources Citemap names when a row gives a fatality count, as the dataset's own claim: their own
 * names, titles and addresses, the same in every language.
 */
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
export function titleFromFileName(fileName: string, i18n: I18n): string {
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
  return stem === '' ? i18n._({ id: 'checks.fromFile.untitled', message: 'Points' }) : stem;
}

/** A property's value as text; a number JSON cannot hold (1e309 parses as Infinity) is said to be one. */
function formatValue(value: unknown, i18n: I18n): string {
  const tooLarge = () => i18n._({ id: 'checks.fromFile.tooLarge', message: 'a number too large to read' });
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value) ? i18n._({ id: 'checks.fromFile.notANumber', message: 'not a number' }) : tooLarge();
  }
  const replaceNonFinite = (_key: string, item: unknown): unknown =>
    typeof item === 'number' && !Number.isFinite(item) ? tooLarge() : item;
  const text = typeof value === 'string' ? value : (JSON.stringify(value, replaceNonFinite) ?? String(value));
  if (text.length <= NOTE_VALUE_LIMIT) return text;
  return i18n._({
    id: 'checks.fromFile.cut',
    message: '{start}… ({count} more characters)',
    values: { start: text.slice(0, NOTE_VALUE_LIMIT), count: String(text.length - NOTE_VALUE_LIMIT) },
  });
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
function kindAndTime(properties: Record<string, unknown>, i18n: I18n): KindAndTime {
  const requested = requestedKind(properties);
  if (requested === null || requested[1] === 'reference') {
    return { kind: 'reference', when: null, usedKeys: requested === null ? [] : [requested[0]], notes: [] };
  }
  const [kindKey, kind] = requested;
  const when = readPointTime(properties.date, i18n);
  if (when === null) {
    const example = '"date": "2024-01-16"';
    const note =
      kind === 'statement'
        ? i18n._({
            id: 'checks.fromFile.noDateStatement',
            message:
              'The file calls this a statement, but gives no date Citemap can read (such as {example}), so it is shown as a reference place.',
            values: { example },
          })
        : i18n._({
            id: 'checks.fromFile.noDateStrike',
            message:
              'The file calls this a strike, but gives no date Citemap can read (such as {example}), so it is shown as a reference place.',
            values: { example },
          });
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
  i18n: I18n,
): KindAndTime {
  const when = fields.date === null ? null : readPointTime(fields.date, i18n);
  const violent = recordsViolence(fields, acledEventType);
  const dayNote = [
    precision.timeWording === null ? null : sentence(precision.timeWording, i18n),
    fields.dateEnd !== null && fields.dateEnd !== fields.date
      ? i18n._({
          id: 'checks.fromFile.daySpan',
          message: 'The dataset gives a span of days, {from} to {to}.',
          values: { from: fields.date ?? '', to: fields.dateEnd },
        })
      : null,
  ].filter((note): note is string => note !== null);
  if (when === null || !violent) {
    const notes = [
      ...(fields.what === null
        ? []
        : [
            i18n._({
              id: 'checks.fromFile.datasetCalls',
              message: 'The dataset calls it: {what}.',
              values: { what: fields.what },
            }),
          ]),
      ...(fields.date === null
        ? []
        : [
            i18n._({
              id: 'checks.fromFile.datasetDates',
              message: 'The dataset dates it {date}.',
              values: { date: fields.date },
            }),
          ]),
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
function precisionOf(properties: Record<string, unknown>, acled: boolean, i18n: I18n): PrecisionFields {
  const datasetProperties = acled || 'where_prec' in properties ? properties : {};
  return readPrecisionFields(
    acled ? datasetProperties : { where_prec: datasetProperties.where_prec, date_prec: datasetProperties.date_prec },
    i18n,
  );
}

/**
 * A precision the file gives that precisionOf did not read: `geo_precision` outside an ACLED file (ACLED's codes and
 * Citemap's own CSV share the name and the numbers 1 to 3, with other meanings: ACLED's 1 is a town's centre,
 * Citemap's the exact site), or the `place.geoPrecision` of Citemap's own GeoJSON. Null when there is none: then the
 * file says nothing of how precise the point is.
 */
function unreadPrecisionField(properties: Record<string, unknown>, precision: PrecisionFields): string | null {
  if (precision.geoPrecision !== null) return null;
  const given = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (given(properties.geo_precision)) return 'geo_precision';
  const place = properties.place;
  if (typeof place === 'object' && place !== null && given((place as Record<string, unknown>).geoPrecision)) {
    return 'place.geoPrecision';
  }
  return null;
}

function placeOf(
  name: string,
  precision: PrecisionFields,
  unreadField: string | null,
  fileName: string,
  i18n: I18n,
): IncidentPlace {
  const radius = precision.geoPrecision === 2 || precision.geoPrecision === 3 ? precision.radiusKm : null;
  const role = precision.pointRole;
  return {
    name,
    variants: [],
    description:
      precision.pointWording ??
      (unreadField === null
        ? i18n._({
            id: 'checks.fromFile.whereFilePuts',
            message: 'Where {file} puts it; the file does not say how precise that is.',
            values: { file: fileName },
          })
        : i18n._({
            id: 'checks.fromFile.whereFilePutsUnread',
            message:
              'Where {file} puts it. The file gives a precision ({field}) that Citemap does not read: the same codes mean other things in ACLED’s data and in Citemap’s own.',
            values: { file: fileName, field: unreadField },
          })),
    geoPrecision: precision.geoPrecision ?? 'unknown',
    uncertaintyRadiusKm: radius,
    coordinateSourceId: null,
    ...(role === null
      ? {}
      : {
          point: {
            role,
            on: name,
            eventWas:
              role === 'site'
                ? null
                : (precision.pointWording ??
                  i18n._({ id: 'checks.fromFile.notExactly', message: 'the file does not say where exactly' })),
          },
        }),
  };
}

function casualtiesOf(
  fields: CsvIncidentFields | null,
  i18n: I18n,
): { casualties: CasualtyFigure[]; sources: OutsideSource[] } {
  const fatalities = fields?.fatalities ?? null;
  if (fatalities === null || fatalities.best === null) return { casualties: [], sources: [] };
  const sourceId = slugify(fatalities.claimedBy);
  const low = fatalities.low ?? fatalities.best;
  const high = fatalities.high ?? fatalities.best;
  // The dataset's own columns and numbers, quoted as the citation's words: UCDP's best, low and high, ACLED's fatalities.
  const range = low === high ? '' : ` (low ${low}, high ${high})`;
  const words = `${fatalities.claimedBy === 'ACLED' ? 'fatalities' : 'best'}: ${fatalities.best}${range}`;
  const count =
    low === high
      ? i18n._({ id: 'checks.fromFile.deaths', message: "the dataset's count of deaths" })
      : i18n._({
          id: 'checks.fromFile.deathsRange',
          message: "the dataset's count of deaths, its best estimate (low {low}, high {high})",
          values: { low: String(low), high: String(high) },
        });
  return {
    casualties: [
      {
        claimedBy: fatalities.claimedBy,
        killed: { value: fatalities.best, atLeast: false },
        injured: null,
        description:
          fatalities.source === null
            ? count
            : i18n._({
                id: 'checks.fromFile.deathsSources',
                message: '{count}; its sources: {sources}',
                values: { count, sources: formatValue(fatalities.source, i18n) },
              }),
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
  i18n: I18n;
  /** The precision fields the file gives but Citemap did not read, and on how many points: for the notice. */
  unreadPrecision: Map<string, number>;
}

/** The properties Citemap did not read into the incident, as the file has them, for the popup's "In the file". */
function leftOverProperties(
  properties: Record<string, unknown>,
  used: ReadonlySet<string | undefined>,
  i18n: I18n,
): [string, string][] {
  return Object.entries(properties)
    .filter(([key]) => !used.has(key))
    .map(([key, value]) => [formatValue(key, i18n), formatValue(value, i18n)]);
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
  const { i18n } = context;
  const precision = precisionOf(properties, context.acled, i18n);
  const unreadField = 'z' in item ? unreadPrecisionField(properties, precision) : null;
  if (unreadField !== null) {
    context.unreadPrecision.set(unreadField, (context.unreadPrecision.get(unreadField) ?? 0) + 1);
  }
  const acledEventType = context.acled
    ? typeof properties.event_type === 'string'
      ? properties.event_type
      : ''
    : null;
  const kindTime =
    fields === null ? kindAndTime(properties, i18n) : datasetKindAndTime(fields, precision, acledEventType, i18n);
  const title = firstText(properties, TITLE_KEYS);
  const summary = firstText(properties, SUMMARY_KEYS);
  const baseName =
    title?.[1] ??
    fields?.location ??
    i18n._({ id: 'checks.fromFile.point', message: 'Point {number}', values: { number: String(number) } });
  const { part } = item;
  const name =
    part === null
      ? baseName
      : i18n._({
          id: 'checks.fromFile.partName',
          message: '{name} (part {number} of {of})',
          values: { name: baseName, number: String(part.number), of: String(part.of) },
        });
  const located = 'z' in item;
  const notOnMap = located
    ? null
    : i18n._({ id: 'checks.fromFile.notOnMap', message: 'Not on the map: {reason}.', values: { reason: item.reason } });
  const notes = [
    ...kindTime.notes,
    ...(notOnMap === null ? [] : [notOnMap]),
    ...(part === null
      ? []
      : [
          i18n._({
            id: 'checks.fromFile.partNote',
            message: 'Part {number} of {of} of a {splitFrom} in the file.',
            values: { number: String(part.number), of: String(part.of), splitFrom: part.splitFrom },
          }),
        ]),
    ...precision.problems.map((problem) => `${problem.path}: ${problem.message}`),
  ];
  const { casualties, sources } = casualtiesOf(fields, i18n);
  const altitude = i18n._({ id: 'checks.fromFile.altitude', message: 'altitude (the third coordinate)' });
  const fileProperties = [
    ...(located && item.z !== null ? [[altitude, String(item.z)] as [string, string]] : []),
    // The file's "id" stays among them unless it became the incident's id (it may be taken, or not a valid id).
    ...leftOverProperties(
      properties,
      new Set([...kindTime.usedKeys, id === ownId ? 'id' : undefined, title?.[0], summary?.[0]]),
      i18n,
    ),
  ];
  return buildIncident({
    fileProperties,
    id,
    geometry: located ? item.feature.geometry : null,
    kind: kindTime.kind,
    when: kindTime.when,
    title: name,
    summary:
      summary?.[1] ??
      fields?.notes ??
      i18n._({
        id: 'checks.fromFile.from',
        message: 'From {file}, {where}.',
        values: { file: context.fileName, where: readerWhereWords(item.path, i18n) },
      }),
    place:
      notOnMap === null
        ? placeOf(name, precision, unreadField, context.fileName, i18n)
        : {
            name,
            variants: [],
            description: notOnMap,
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
    notNamed: i18n._({ id: 'checks.fromFile.notNamed', message: 'Not named in the file' }),
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
  /** What the initiator is called when the file names none. */
  notNamed: string;
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
        initiator: { name: parts.initiator ?? parts.notNamed, party: parts.party },
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
function regionFrom(shape: ShapeToShow, index: number, fileName: string, ids: IdMaker, i18n: I18n): Region {
  const properties = propertiesOf(shape.feature);
  const number = recordNumber(shape.path, index + 1);
  const unnamed = () =>
    shape.kind === 'line'
      ? i18n._({ id: 'checks.fromFile.line', message: 'Line {number}', values: { number: String(number) } })
      : i18n._({ id: 'checks.fromFile.area', message: 'Area {number}', values: { number: String(number) } });
  const id = ids.make(
    [properties.id, shape.feature.id].map((value) => withPrefix(value, 'shape-')),
    `shape-${number}`,
  );
  const name = firstText(properties, TITLE_KEYS)?.[1] ?? unnamed();
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
      source: `${fileName}, ${readerWhereWords(shape.path, i18n)}`,
      license: notStated(i18n),
      lengthKm: null,
      note: null,
      fileProperties: Object.entries(properties).map(([key, value]) => [key, formatValue(value, i18n)]),
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

/** A wording as a sentence of its own, with the language's full stop. */
function sentence(words: string, i18n: I18n): string {
  return i18n._({ id: 'checks.fromFile.sentence', message: '{words}.', values: { words } });
}

/** What a file made into a story does not say: its licence, its publisher. */
function notStated(i18n: I18n): string {
  return i18n._({ id: 'checks.fromFile.notStated', message: 'Not stated in the file' });
}

/** What the reader is told once, on screen, about what the file holds and what could not be shown. */
function describeOpening(
  read: ReadFeatures,
  fileName: string,
  unknownPrecision: number,
  unreadPrecision: ReadonlyMap<string, number>,
  i18n: I18n,
): DataProblem[] {
  const { noGeometry } = read.features.counts;
  const notices: DataProblem[] = [];
  // A notice about the whole file keeps the bare marker: the list of notices (StoryOpenedFrom) shows no place for it.
  const wholeFile = WHOLE_FILE;
  if (noGeometry > 0) {
    notices.push({
      origin: fileName,
      path: wholeFile,
      message: i18n._({
        id: 'checks.fromFile.noLocation',
        message:
          '{count, plural, one {# feature has no location, so it is not on the map: the list shows it as "not on the map", with why} other {# features have no location, so they are not on the map: the list shows them as "not on the map", with why}}',
        values: { count: noGeometry },
      }),
    });
  }
  const split = read.features.points.filter((point) => point.part !== null).length;
  if (split > 0) {
    notices.push({
      origin: fileName,
      path: wholeFile,
      message: i18n._({
        id: 'checks.fromFile.split',
        message:
          '{count, plural, one {# point is a part} other {# points are parts}} of a MultiPoint or GeometryCollection, each shown on its own',
        values: { count: split },
      }),
    });
  }
  // Points whose precision the file gives in a field Citemap does not read are told apart from those of which it says
  // nothing: "the file does not say" was untrue of Citemap's own downloads.
  for (const [field, count] of unreadPrecision) {
    notices.push({
      origin: fileName,
      path: wholeFile,
      message: i18n._({
        id: 'checks.fromFile.unreadPrecision',
        message:
          '{count, plural, one {the file gives # of its points a precision ({field}) that Citemap does not read, since the same codes mean other things in ACLED’s data and in Citemap’s own: it is drawn hollow, as an approximate place, not as an exact site} other {the file gives # of its points a precision ({field}) that Citemap does not read, since the same codes mean other things in ACLED’s data and in Citemap’s own: they are drawn hollow, as approximate places, not as exact sites}}',
        values: { count, field },
      }),
    });
  }
  const unstatedPrecision = unknownPrecision - [...unreadPrecision.values()].reduce((sum, count) => sum + count, 0);
  if (unstatedPrecision > 0) {
    notices.push({
      origin: fileName,
      path: wholeFile,
      message: i18n._({
        id: 'checks.fromFile.unstatedPrecision',
        message:
          '{count, plural, one {the file does not say how precise its point is: it is drawn hollow, as an approximate place, not as an exact site} other {the file does not say how precise # of its points are: they are drawn hollow, as approximate places, not as exact sites}}',
        values: { count: unstatedPrecision },
      }),
    });
  }
  // The file's own notes (a bad cell, a number too large) come first, as many as fit in the lines a reader is shown
  // for problems; the lines about the whole file always. Only what a DataProblem holds: a number's notice also
  // carries its keys, which are not for the reader.
  const own = read.notices.map(({ path, message }) => ({
    origin: fileName,
    path: path === WHOLE_FILE ? path : readerWhereWords(path, i18n),
    message,
  }));
  const room = MAX_NOTICES - notices.length;
  if (own.length <= room) return [...own, ...notices];
  const more = {
    origin: fileName,
    path: wholeFile,
    message: i18n._({
      id: 'checks.fromFile.moreNotes',
      message: 'and {count, plural, one {# more note} other {# more notes}} like these',
      values: { count: own.length - room + 1 },
    }),
  };
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
  const { i18n } = options;
  const title = titleFromFileName(fileName, i18n);
  const storyId = slugify(title).slice(0, 60).replace(/-+$/, '') || 'points';
  const ids = new IdMaker();
  const csv: CsvRead | null = read.csv;
  const csvRows = new Map((csv?.rows ?? []).map((row) => [`row ${row.rowNumber}`, row]));
  const context: RecordContext = {
    fileName,
    party: title,
    ids,
    acled: csv?.layout === 'acled',
    csvRows,
    i18n,
    unreadPrecision: new Map(),
  };
  // Regions first: their ids are prefixed, so an incident keeps the plain id the file gives it.
  const regions = read.features.shapes.map((shape, index) => regionFrom(shape, index, fileName, ids, i18n));
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
    i18n._({
      id: 'checks.fromFile.points',
      message: '{count, plural, one {# point} other {# points}}',
      values: { count: points },
    }),
    ...(lines > 0
      ? [
          i18n._({
            id: 'checks.fromFile.lines',
            message: '{count, plural, one {# line} other {# lines}}',
            values: { count: lines },
          }),
        ]
      : []),
    ...(polygons > 0
      ? [
          i18n._({
            id: 'checks.fromFile.areas',
            message: '{count, plural, one {# area} other {# areas}}',
            values: { count: polygons },
          }),
        ]
      : []),
  ].join(i18n._({ id: 'checks.fromFile.comma', message: ', ' }));
  const from = i18n._({
    id: 'checks.fromFile.summary',
    message: '{shown} from {file}.',
    values: { shown, file: fileName },
  });
  const missing =
    noGeometry > 0
      ? i18n._({
          id: 'checks.fromFile.summaryMissing',
          message:
            '{count, plural, one {# feature with no location, listed as not on the map.} other {# features with no location, listed as not on the map.}}',
          values: { count: noGeometry },
        })
      : null;
  const story = {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: storyId,
    title,
    summary: missing === null ? from : `${from} ${missing}`,
    defaultBounds: boundsAroundPoints(positions) ?? WHOLE_WORLD,
    article: {
      id: `${storyId}-file`,
      title,
      titleSource: i18n._({
        id: 'checks.fromFile.titleSource',
        message: 'the file name, {file}',
        values: { file: fileName },
      }),
      publisher: notStated(i18n),
      sourceLine: null,
      byline: null,
      publishedAt: null,
      url: sourceUrl,
      language: 'und',
      passages: [],
      notes: [
        i18n._({
          id: 'checks.fromFile.articleNote',
          message: "Made from a file, not from an article: no mark on this map cites an article's words.",
        }),
      ],
    },
    incidents: { type: 'FeatureCollection', features: incidents },
    regions: { type: 'FeatureCollection', features: regions },
    tour: null,
    credits: [
      {
        what: i18n._({ id: 'checks.fromFile.creditWhat', message: 'Points, lines and areas' }),
        source: fileName,
        license: notStated(i18n),
        url: sourceUrl,
      },
    ],
  };
  const result = validateStory(fileName, story, options.i18n);
  if (result.status === 'failed') return result;
  const unknown = incidents.filter((incident) => incident.properties.place.geoPrecision === 'unknown').length;
  return { ...result, notices: describeOpening(read, fileName, unknown, context.unreadPrecision, i18n) };
}
