import type { GeoPrecision, MapPointRole } from '../../model/incident.ts';
import type { I18n, MessageDescriptor } from '../../i18n/i18n.ts';
import type { FormatProblem } from './FormatProblem.ts';

/** How a point from a file may be drawn: what the file's own precision columns say, or that they say nothing. */
export interface PrecisionFields {
  /** Citemap's scale: 1 the exact site, 2 a town or district, 3 a province or wider; null when the file does not say. */
  geoPrecision: GeoPrecision | null;
  /** What the point stands for, when the file says; never "site" unless the file says the location is exact. */
  pointRole: Extract<MapPointRole, 'site' | 'nearby-place'> | null;
  /** The file's own meaning, for the popup: "the file says (UCDP where_prec 2): within about 25 km of this point". */
  pointWording: string | null;
  /** A radius only where the dataset's codebook gives one; otherwise null, never a guess. */
  radiusKm: number | null;
  /** "day" when the day is known; "approximate" for a week, month or year; "unknown" when the file does not say. */
  timePrecision: 'exact' | 'approximate' | 'day' | 'unknown';
  timeWording: string | null;
  /** Values in a precision column that the dataset's codes do not include. */
  problems: FormatProblem[];
}

interface PlaceCode {
  geoPrecision: GeoPrecision;
  pointRole: 'site' | 'nearby-place';
  wording: MessageDescriptor;
  radiusKm: number | null;
}

interface TimeCode {
  timePrecision: 'day' | 'approximate';
  wording: MessageDescriptor;
}

// ACLED Codebook (2023 and later), "Geo-precision": 1 when the source names a town or village and the event is placed
// at that town's coordinates; 2 when the source says the event was near a town or in a small part of a region, and a
// nearby town (or the area's centre) is used; 3 when only a larger region is named and its capital or a natural
// location stands in. ACLED's finest code is thus a town's centre, not the event's site: Citemap's 2 (a named town).
const ACLED_GEO: Record<number, PlaceCode> = {
  1: {
    geoPrecision: 2,
    pointRole: 'nearby-place',
    wording: /*i18n*/ {
      id: 'formats.precision.acledGeo.1',
      message: 'the town or village where it happened, placed at that locality’s centre',
    },
    radiusKm: null,
  },
  2: {
    geoPrecision: 2,
    pointRole: 'nearby-place',
    wording: /*i18n*/ {
      id: 'formats.precision.acledGeo.2',
      message: 'near this town, or in a small part of the region around it: an approximate locality centre',
    },
    radiusKm: null,
  },
  3: {
    geoPrecision: 3,
    pointRole: 'nearby-place',
    wording: /*i18n*/ {
      id: 'formats.precision.acledGeo.3',
      message: 'somewhere in a larger region; the point stands for the region (often its capital)',
    },
    radiusKm: null,
  },
};

// ACLED Codebook, "Time-precision": 1 when the source gives the day; 2 when it gives only the week or a span of days;
// 3 when it gives only the month. The dataset then records one date within that week or month.
const ACLED_TIME: Record<number, TimeCode> = {
  1: { timePrecision: 'day', wording: /*i18n*/ { id: 'formats.precision.acledTime.1', message: 'the day is known' } },
  2: {
    timePrecision: 'approximate',
    wording: /*i18n*/ {
      id: 'formats.precision.acledTime.2',
      message: 'only the week is known; the date given stands for it',
    },
  },
  3: {
    timePrecision: 'approximate',
    wording: /*i18n*/ {
      id: 'formats.precision.acledTime.3',
      message: 'only the month is known; the date given stands for it',
    },
  },
};

// UCDP GED Codebook (version 23.1), "where_prec": 1 the exact location of the event is known and coded; 2 the event
// happened within about 25 km of a known point, which is coded; 3 only the second-order administrative division
// (district, municipality) is known, coded at its centroid; 4 only the first-order division (province, state);
// 5 only a linear feature (road, river, border) or an area that is not an administrative unit; 6 only the country;
// 7 international waters or airspace. Only 1 says the point is the event's place; only 2 gives a distance.
const UCDP_WHERE: Record<number, PlaceCode> = {
  1: {
    geoPrecision: 1,
    pointRole: 'site',
    wording: /*i18n*/ { id: 'formats.precision.ucdpWhere.1', message: 'the exact location of the event' },
    radiusKm: null,
  },
  2: {
    geoPrecision: 2,
    pointRole: 'nearby-place',
    wording: /*i18n*/ { id: 'formats.precision.ucdpWhere.2', message: 'within about 25 km of this point' },
    radiusKm: 25,
  },
  3: {
    geoPrecision: 2,
    pointRole: 'nearby-place',
    wording: /*i18n*/ {
      id: 'formats.precision.ucdpWhere.3',
      message: 'somewhere in a district (second-order administrative division); the point is its centre',
    },
    radiusKm: null,
  },
  4: {
    geoPrecision: 3,
    pointRole: 'nearby-place',
    wording: /*i18n*/ {
      id: 'formats.precision.ucdpWhere.4',
      message: 'somewhere in a province or state (first-order administrative division); the point is its centre',
    },
    radiusKm: null,
  },
  5: {
    geoPrecision: 3,
    pointRole: 'nearby-place',
    wording: /*i18n*/ {
      id: 'formats.precision.ucdpWhere.5',
      message: 'somewhere along a road, river or border, or in an area such as a forest; the point stands for it',
    },
    radiusKm: null,
  },
  6: {
    geoPrecision: 3,
    pointRole: 'nearby-place',
    wording: /*i18n*/ {
      id: 'formats.precision.ucdpWhere.6',
      message: 'somewhere in the country; the point is its centre',
    },
    radiusKm: null,
  },
  7: {
    geoPrecision: 3,
    pointRole: 'nearby-place',
    wording: /*i18n*/ {
      id: 'formats.precision.ucdpWhere.7',
      message: 'in international waters or airspace; the point does not mark where',
    },
    radiusKm: null,
  },
};

// UCDP GED Codebook (version 23.1), "date_prec": 1 the exact date is known; 2 the event happened within a span of 2 to
// 6 days; 3 only the week is known; 4 only the month (or a span of 8 to 30 days); 5 only the year (or a longer span).
// date_start and date_end bound the span.
const UCDP_DATE: Record<number, TimeCode> = {
  1: { timePrecision: 'day', wording: /*i18n*/ { id: 'formats.precision.ucdpDate.1', message: 'the day is known' } },
  2: {
    timePrecision: 'approximate',
    wording: /*i18n*/ {
      id: 'formats.precision.ucdpDate.2',
      message: 'within a span of 2 to 6 days (date_start to date_end)',
    },
  },
  3: {
    timePrecision: 'approximate',
    wording: /*i18n*/ {
      id: 'formats.precision.ucdpDate.3',
      message: 'only the week is known (date_start to date_end)',
    },
  },
  4: {
    timePrecision: 'approximate',
    wording: /*i18n*/ {
      id: 'formats.precision.ucdpDate.4',
      message: 'only the month is known (date_start to date_end)',
    },
  },
  5: {
    timePrecision: 'approximate',
    wording: /*i18n*/ {
      id: 'formats.precision.ucdpDate.5',
      message: 'only the year, or a longer span, is known (date_start to date_end)',
    },
  },
};

/** A code as a file holds it: a number, or text in a CSV cell ("2", " 2 "). Empty is absent. */
function readCode(value: unknown): number | 'absent' | 'unreadable' {
  if (value === undefined || value === null) return 'absent';
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'unreadable';
  if (typeof value !== 'string') return 'unreadable';
  const text = value.trim();
  if (text === '') return 'absent';
  return /^\d+$/.test(text) ? Number(text) : 'unreadable';
}

function lookUp<T>(
  properties: Record<string, unknown>,
  field: string,
  codes: Record<number, T>,
  label: string,
  problems: FormatProblem[],
  i18n: I18n,
): { code: number; meaning: T; field: string } | null {
  const code = readCode(properties[field]);
  if (code === 'absent') return null;
  const meaning = code === 'unreadable' ? undefined : codes[code];
  if (code === 'unreadable' || meaning === undefined) {
    const known = Object.keys(codes).join(', ');
    problems.push({
      path: field,
      message: i18n._({
        id: 'formats.precision.unknownCode',
        message: "{value} is not one of {dataset}'s {field} codes ({known}): the precision is unknown",
        values: { value: JSON.stringify(properties[field]), dataset: label, field, known },
      }),
    });
    return null;
  }
  return { code, meaning, field: `${label} ${field}` };
}

/** "the file says (UCDP where_prec 2): within about 25 km of this point": the code as the file has it, then its meaning. */
function fileSays(field: string, code: number, wording: MessageDescriptor, i18n: I18n): string {
  return i18n._({
    id: 'formats.precision.fileSays',
    message: 'the file says ({field} {code}): {meaning}',
    values: { field, code: String(code), meaning: i18n._(wording) },
  });
}

/**
 * The precision a conflict dataset's own columns give a point and its date: ACLED's `geo_precision` and
 * `time_precision`, UCDP GED's `where_prec` and `date_prec`. A point from a file claims no precision of its own: where
 * these fields are absent the answer is "unknown", never "the exact site".
 */
export function readPrecisionFields(
  properties: Record<string, unknown> | null | undefined,
  i18n: I18n,
): PrecisionFields {
  const fields = properties ?? {};
  const problems: FormatProblem[] = [];
  const place =
    lookUp(fields, 'where_prec', UCDP_WHERE, 'UCDP', problems, i18n) ??
    lookUp(fields, 'geo_precision', ACLED_GEO, 'ACLED', problems, i18n);
  const time =
    lookUp(fields, 'date_prec', UCDP_DATE, 'UCDP', problems, i18n) ??
    lookUp(fields, 'time_precision', ACLED_TIME, 'ACLED', problems, i18n);
  return {
    geoPrecision: place?.meaning.geoPrecision ?? null,
    pointRole: place?.meaning.pointRole ?? null,
    pointWording: place === null ? null : fileSays(place.field, place.code, place.meaning.wording, i18n),
    radiusKm: place?.meaning.radiusKm ?? null,
    timePrecision: time?.meaning.timePrecision ?? 'unknown',
    timeWording: time === null ? null : fileSays(time.field, time.code, time.meaning.wording, i18n),
    problems,
  };
}
