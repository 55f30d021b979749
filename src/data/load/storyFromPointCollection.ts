import type { DataProblem } from '../../model/describeIssues.ts';
import type { Position } from '../../model/geojson.ts';
import { IncidentKindSchema, type IncidentKind, type IncidentTime } from '../../model/incident.ts';
import { STORY_SCHEMA_VERSION } from '../../model/story.ts';
import { z } from '../../model/zod.ts';
import { boundsAroundPoints } from './boundsAroundPoints.ts';
import { describeRecordIssues } from './describeRecordIssues.ts';
import { formatRecordPath } from './formatRecordPath.ts';
import type { StoryLoad } from './loadStory.ts';
import { readPointTime } from './readPointTime.ts';
import { validateStory } from './validateStory.ts';
import { isRecord } from './isRecord.ts';
import { webUrlOrNull } from './webAddress.ts';
import { ID_PATTERN } from '../../model/ids.ts';

export interface PointCollectionOptions {
  /** The http(s) address the file was opened from, if any: the story then links to it as its source. */
  sourceUrl?: string;
}

// The input is anyone's GeoJSON, so it is read loosely (foreign members allowed) and only what Citemap uses is checked.

const LongitudeInputSchema = z
  .number({ error: 'a longitude is a number of degrees' })
  .check(
    z.gte(-180, { error: 'a longitude is between -180 and 180' }),
    z.lte(180, { error: 'a longitude is between -180 and 180' }),
  );

const LATITUDE_RANGE = 'a latitude is between -90 and 90 (GeoJSON puts longitude first: are the two swapped?)';
const LatitudeInputSchema = z
  .number({ error: 'a latitude is a number of degrees' })
  .check(z.gte(-90, { error: LATITUDE_RANGE }), z.lte(90, { error: LATITUDE_RANGE }));

/** A third number (altitude) is allowed by RFC 7946 and ignored here. */
const PointInputSchema = z.looseObject({
  type: z.literal('Point'),
  coordinates: z.tuple([LongitudeInputSchema, LatitudeInputSchema], z.number(), {
    error: 'a point needs [longitude, latitude]',
  }),
});

const OtherGeometrySchema = z.looseObject({
  type: z.enum(['MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']),
});

const GeometryInputSchema = z.optional(
  z.nullable(
    z.discriminatedUnion('type', [PointInputSchema, OtherGeometrySchema], {
      error: 'expected a GeoJSON geometry (a "type" such as "Point") or null',
    }),
  ),
);

/**
 * Checked, not copied: a copy made by z.record would silently drop a key named "__proto__", and every key the file
 * holds is kept (as a note if nothing else).
 */
const PropertiesInputSchema = z.custom<Record<string, unknown> | null | undefined>(
  (value) => value === undefined || value === null || isRecord(value),
  { error: 'properties is an object or null' },
);

const FeatureInputSchema = z.looseObject(
  {
    type: z.literal('Feature', { error: 'each feature needs "type": "Feature"' }),
    id: z.optional(z.union([z.string(), z.number()], { error: 'a feature id is a string or a number' })),
    geometry: GeometryInputSchema,
    properties: z.optional(PropertiesInputSchema),
  },
  { error: 'each feature is a GeoJSON Feature: an object with "type": "Feature"' },
);
type FeatureInput = z.infer<typeof FeatureInputSchema>;

const PointCollectionInputSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(FeatureInputSchema, { error: 'features is a list of GeoJSON features' }),
  crs: z.optional(z.unknown()),
});

const TITLE_KEYS = ['name', 'title', 'label'] as const;
const KIND_KEYS = ['kind', 'type'] as const;
const SUMMARY_KEYS = ['description', 'summary'] as const;
const NOTE_VALUE_LIMIT = 500;
const LISTED_SKIPS = 10;

function isWgs84(crs: unknown): boolean {
  if (crs === undefined || crs === null) return true;
  const name = z.object({ properties: z.object({ name: z.string() }) }).safeParse(crs).data?.properties.name;
  return name !== undefined && /(CRS84|EPSG:{1,2}4326)$/i.test(name);
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

/** "data/Field_notes.geojson" → "Field notes"; "https://host/path/field%20notes.json?x=1" → "field notes". */
function titleFromFileName(fileName: string): string {
  const path = URL.canParse(fileName) ? new URL(fileName).pathname : fileName;
  const lastSegment = path.split(/[\\/]/).pop() ?? '';
  let decoded = lastSegment;
  try {
    decoded = decodeURIComponent(lastSegment);
  } catch {
    // A stray "%" is part of the name as the reader typed it: keep the name undecoded.
  }
  const stem = decoded
    .replace(/\.(geo)?json$/i, '')
    .replace(/[_\s]+/g, ' ')
    .trim();
  return stem === '' ? 'Points' : stem;
}

function formatNoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (text.length <= NOTE_VALUE_LIMIT) return text;
  return `${text.slice(0, NOTE_VALUE_LIMIT)}… (${text.length - NOTE_VALUE_LIMIT} more characters)`;
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

interface IncidentDraft {
  kind: IncidentKind;
  when: IncidentTime | null;
  usedKeys: Set<string>;
  notes: string[];
}

/** Strikes and statements need a date; without one Citemap readable, the point is kept as a reference place. */
function draftKindAndTime(properties: Record<string, unknown>): IncidentDraft {
  const usedKeys = new Set<string>();
  const notes: string[] = [];
  const requested = requestedKind(properties);
  if (requested === null || requested[1] === 'reference') {
    if (requested !== null) usedKeys.add(requested[0]);
    return { kind: 'reference', when: null, usedKeys, notes };
  }
  const [kindKey, kind] = requested;
  usedKeys.add(kindKey);
  const when = readPointTime(properties.date);
  if (when === null) {
    notes.push(
      `The file calls this a ${kind}, but gives no date Citemap can read (such as "date": "2024-01-16"), ` +
        'so it is shown as a reference place.',
    );
    return { kind: 'reference', when: null, usedKeys, notes };
  }
  usedKeys.add('date');
  return { kind, when, usedKeys, notes };
}

function incidentIdFor(feature: FeatureInput, number: number, taken: ReadonlySet<string>): [string, string | null] {
  const candidates: [unknown, string | null][] = [
    [feature.properties?.id, 'id'],
    [feature.id, null],
  ];
  for (const [value, key] of candidates) {
    const text = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
    if (typeof text === 'string' && text.length <= 80 && ID_PATTERN.test(text) && !taken.has(text)) return [text, key];
  }
  let id = `point-${number}`;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `point-${number}-${suffix}`;
  return [id, null];
}

function incidentFrom(
  feature: FeatureInput,
  position: Position,
  altitude: readonly number[],
  number: number,
  fileName: string,
  party: string,
  takenIds: ReadonlySet<string>,
) {
  const properties = feature.properties ?? {};
  const [id, idKey] = incidentIdFor(feature, number, takenIds);
  const draft = draftKindAndTime(properties);
  const title = firstText(properties, TITLE_KEYS);
  const summary = firstText(properties, SUMMARY_KEYS);
  const usedKeys = new Set([...draft.usedKeys, idKey, title?.[0], summary?.[0]]);
  const leftOver = Object.entries(properties).filter(([key]) => !usedKeys.has(key));
  const notes = [
    ...draft.notes,
    ...(altitude.length > 0 ? [`Also in the file: altitude=${altitude.join(', ')}`] : []),
    ...leftOver.map(([key, value]) => `Also in the file: ${formatNoteValue(key)}=${formatNoteValue(value)}`),
  ];
  const name = title?.[1] ?? `Point ${number}`;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: position },
    properties: {
      id,
      kind: draft.kind,
      title: name,
      summary: summary?.[1] ?? `A point from ${fileName}.`,
      when: draft.when,
      place: {
        name,
        variants: [],
        description: `Where ${fileName} puts it; the file does not say how precise that is.`,
        geoPrecision: 1,
        uncertaintyRadiusKm: null,
        coordinateSourceId: null,
      },
      actors: { initiator: { name: 'Not named in the file', party }, target: null, targetCountry: null },
      claims: [],
      casualties: [],
      sources: [],
      notes,
    },
  };
}

function failed(problems: DataProblem[]): StoryLoad {
  return { status: 'failed', problems };
}

function describeSkips(skipped: readonly string[]): string {
  if (skipped.length === 0) return '';
  const listed = skipped.slice(0, LISTED_SKIPS).join('; ');
  const more = skipped.length > LISTED_SKIPS ? `; and ${skipped.length - LISTED_SKIPS} more` : '';
  return ` Left out, because Citemap draws only points: ${listed}${more}.`;
}

/**
 * A story made from a plain GeoJSON FeatureCollection of points, such as one drawn in geojson.io or exported from
 * QGIS or uMap. Each point becomes an incident: a reference place unless its `kind` or `type` says "strike" or
 * "statement" and its `date` is an ISO date; its title comes from `name`, `title` or `label`, else "Point N" (N counts
 * the file's features from 1). Properties Citemap does not use are kept as notes ("Also in the file: key=value"), as
 * text. Features that are not points (lines, areas, null geometry) are left out, and the summary names each of them:
 * a file with some points in it is still worth seeing, but the reader must know what is missing. Coordinates out of
 * range, or a coordinate system other than WGS 84, refuse the whole file: a point in the wrong place is worse than none.
 * The result goes through the same checks as any story.
 */
export function storyFromPointCollection(
  fileName: string,
  data: unknown,
  options: PointCollectionOptions = {},
): StoryLoad {
  const input = PointCollectionInputSchema.safeParse(data);
  if (!input.success) return failed(describeRecordIssues(fileName, input.error.issues, data));
  if (!isWgs84(input.data.crs)) {
    return failed([
      {
        origin: fileName,
        path: 'crs',
        message:
          'the file names a coordinate system other than WGS 84; Citemap reads longitude and latitude in WGS 84 ' +
          '(RFC 7946): export the file again as WGS 84 (EPSG:4326)',
      },
    ]);
  }
  const { features } = input.data;
  const title = titleFromFileName(fileName);
  const storyId = slug(title) || 'points';
  const incidents: ReturnType<typeof incidentFrom>[] = [];
  const takenIds = new Set<string>();
  const positions: Position[] = [];
  const skipped: string[] = [];
  features.forEach((feature, index) => {
    const geometry = feature.geometry;
    if (geometry?.type !== 'Point') {
      const what = geometry?.type === undefined ? 'with no geometry' : `a ${geometry.type}`;
      skipped.push(`${formatRecordPath(['features', index], data)}, ${what}`);
      return;
    }
    const [longitude, latitude, ...altitude] = geometry.coordinates;
    const position: Position = [longitude, latitude];
    const incident = incidentFrom(feature, position, altitude, index + 1, fileName, title, takenIds);
    takenIds.add(incident.id);
    positions.push(position);
    incidents.push(incident);
  });
  const defaultBounds = boundsAroundPoints(positions);
  if (defaultBounds === null) {
    const message =
      features.length === 0 ? 'the file has no features' : `none of the file's ${features.length} features is a point`;
    return failed([{ origin: fileName, path: 'features', message }]);
  }
  const sourceUrl = webUrlOrNull(options.sourceUrl);
  const count = `${incidents.length} ${incidents.length === 1 ? 'point' : 'points'}`;
  const story = {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: storyId,
    title,
    summary: `${count} from ${fileName}.${describeSkips(skipped)}`,
    defaultBounds,
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
      notes: ["Made from a file of points, not from an article: no mark on this map cites an article's words."],
    },
    incidents: { type: 'FeatureCollection', features: incidents },
    regions: { type: 'FeatureCollection', features: [] },
    tour: null,
    credits: [{ what: 'Points', source: fileName, license: 'Not stated in the file', url: sourceUrl }],
  };
  return validateStory(fileName, story);
}
