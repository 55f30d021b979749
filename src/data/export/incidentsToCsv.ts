import type { CasualtyFigure, Incident } from '../../model/incident.ts';
import type { Story } from '../../model/story.ts';
import { describeMapPoint } from '../words/describeMapPoint.ts';
import { englishI18n } from '../../i18n/i18n.ts';
import { formatUtcOffsetCode } from '../time/localTime.ts';
import { formatHeadCount } from '../words/formatHeadCount.ts';
import { standingFigures } from '../words/summariseCasualties.ts';

type CellValue = string | number | null;

/**
 * How a column's values are written. `text` is free wording from the data, which a spreadsheet could take for a
 * formula; `number` is a finite number and `code` a value whose form the schema fixes (an id, a date, an enum), so
 * neither can carry one.
 */
type ColumnKind = 'text' | 'number' | 'code';

interface Column {
  name: string;
  kind: ColumnKind;
  value: (incident: Incident, articleUrl: string | null) => CellValue;
}

/** Separates several values in one cell, e.g. sources; unlikely in the values themselves, and easy to split on. */
const LIST_SEPARATOR = ' | ';

/**
 * Excel reads a UTF-8 file without a byte-order mark in the system's legacy code page, so "Şafak" or "–" would come
 * out garbled; with the mark it reads UTF-8. Other tools (LibreOffice, pandas with encoding "utf-8-sig", QGIS) skip it.
 */
const BYTE_ORDER_MARK = '\uFEFF';

/** RFC 4180 §2: records end with CRLF. */
const LINE_END = '\r\n';

type Measure = 'killed' | 'injured';

/** "Ruritania: 2; The article: at least 2": every figure beside who claimed it, in the order the data gives them. */
function describeClaims(figures: readonly CasualtyFigure[], measure: Measure): string {
  const standing = new Set(standingFigures(figures, measure));
  return figures
    .flatMap((figure) => {
      const count = figure[measure];
      if (count !== null) {
        return [
          `${figure.claimedBy}: ${formatHeadCount(count, englishI18n)}${standing.has(figure) ? '' : ' (later revised)'}`,
        ];
      }
      // An account with no number at all ("a number of terrorists were killed") is still a claim about deaths: it is
      // listed once, among the fatalities, rather than dropped. Its wording is in the incident's notes.
      return measure === 'killed' && figure.injured === null ? [`${figure.claimedBy}: no number given`] : [];
    })
    .join('; ');
}

/**
 * The lowest and highest death toll over all claimants (a range's lower and upper ends included), or null when nobody
 * gave a number. A count its own side later
 * revised is not a claim that still stands: only the latest of a series counts.
 */
function fatalityRange(incident: Incident): { min: number; max: number } | null {
  const counts = standingFigures(incident.properties.casualties, 'killed').flatMap((figure) =>
    figure.killed === null ? [] : [figure.killed],
  );
  if (counts.length === 0) return null;
  // A claimant's own range ("7–9") stretches the span to its ends, as rival claimants' counts do.
  return {
    min: Math.min(...counts.map((count) => count.value)),
    max: Math.max(...counts.map((count) => count.upTo ?? count.value)),
  };
}

/** The highest figure is not an upper bound when its claimant said "at least": say so beside the numbers. */
function openEndedNote(incident: Incident): string | null {
  const range = fatalityRange(incident);
  if (range === null) return null;
  const { max } = range;
  const hedged = standingFigures(incident.properties.casualties, 'killed').filter(
    (figure) => figure.killed?.atLeast === true && figure.killed.value === max,
  );
  if (hedged.length === 0) return null;
  const who = hedged.map((figure) => figure.claimedBy).join('; ');
  return `fatalities_max is the highest figure claimed, not an upper bound (at least ${max}: ${who}).`;
}

function citesArticle(incident: Incident): boolean {
  const { claims, casualties } = incident.properties;
  return [...claims, ...casualties].some((record) => record.citation.type === 'article');
}

/** The columns, after ACLED's export where a column means the same thing, and named in its style. */
const COLUMNS: readonly Column[] = [
  { name: 'event_id', kind: 'code', value: (incident) => incident.id },
  { name: 'event_date', kind: 'code', value: (incident) => incident.properties.when?.date ?? null },
  { name: 'time_local', kind: 'code', value: (incident) => incident.properties.when?.time ?? null },
  {
    name: 'utc_offset',
    kind: 'code',
    value: (incident) => (incident.properties.when ? formatUtcOffsetCode(incident.properties.when.utcOffset) : null),
  },
  { name: 'time_precision', kind: 'code', value: (incident) => incident.properties.when?.precision ?? null },
  { name: 'event_type', kind: 'code', value: (incident) => incident.properties.kind },
  { name: 'actor1', kind: 'text', value: (incident) => incident.properties.actors.initiator.name },
  { name: 'actor1_party', kind: 'text', value: (incident) => incident.properties.actors.initiator.party },
  { name: 'target', kind: 'text', value: (incident) => incident.properties.actors.target },
  {
    name: 'country',
    kind: 'text',
    value: ({ properties }) => properties.context?.country ?? properties.actors.targetCountry,
  },
  { name: 'admin1', kind: 'text', value: (incident) => incident.properties.context?.province ?? null },
  { name: 'location', kind: 'text', value: (incident) => incident.properties.place.name },
  { name: 'latitude', kind: 'number', value: (incident) => incident.geometry?.coordinates[1] ?? null },
  { name: 'longitude', kind: 'number', value: (incident) => incident.geometry?.coordinates[0] ?? null },
  {
    // Empty where the story does not know it (a point from a file that does not say): no number stands for that.
    name: 'geo_precision',
    kind: 'number',
    value: ({ properties: { place } }) => (place.geoPrecision === 'unknown' ? null : place.geoPrecision),
  },
  { name: 'uncertainty_radius_km', kind: 'number', value: (incident) => incident.properties.place.uncertaintyRadiusKm },
  {
    name: 'point_stands_for',
    kind: 'text',
    value: (incident) => describeMapPoint(incident.properties.place, englishI18n),
  },
  {
    name: 'distance_to_border_km',
    kind: 'number',
    value: (incident) => incident.properties.context?.distanceToBorderKm ?? null,
  },
  {
    // The build measures from the marker: for an approximate place that is the stand-in town, not the event.
    name: 'distance_measured_from',
    kind: 'text',
    value: ({ properties: { context, place } }) =>
      (context?.distanceToBorderKm ?? null) === null
        ? null
        : place.point?.role === 'site'
          ? 'the site'
          : (place.point?.on ?? 'the marker'),
  },
  {
    name: 'fatalities_claims',
    kind: 'text',
    value: (incident) => describeClaims(incident.properties.casualties, 'killed'),
  },
  { name: 'fatalities_min', kind: 'number', value: (incident) => fatalityRange(incident)?.min ?? null },
  { name: 'fatalities_max', kind: 'number', value: (incident) => fatalityRange(incident)?.max ?? null },
  {
    name: 'injuries_claims',
    kind: 'text',
    value: (incident) => describeClaims(incident.properties.casualties, 'injured'),
  },
  {
    name: 'sources',
    kind: 'text',
    value: (incident, articleUrl) =>
      [
        ...(citesArticle(incident) && articleUrl !== null ? [articleUrl] : []),
        ...incident.properties.sources.map((source) => source.url),
      ].join(LIST_SEPARATOR),
  },
  {
    name: 'notes',
    kind: 'text',
    value: (incident) => [openEndedNote(incident), ...incident.properties.notes].filter(Boolean).join(LIST_SEPARATOR),
  },
];

/**
 * A cell starting with =, +, -, @, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google
 * Sheets ("CSV injection", OWASP); a leading apostrophe makes them show it as text. Only text columns need it: a
 * number such as -12.5 must stay a number, and codes cannot start with these characters.
 */
function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 §2.6–2.7: a field holding a comma, a quote or a line break is quoted, and its quotes doubled. */
function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatCell(value: CellValue, kind: ColumnKind): string {
  if (value === null) return '';
  const text = String(value);
  return quoteField(kind === 'text' ? guardFormula(text) : text);
}

/**
 * The story's incidents as CSV for a spreadsheet, one row per incident with ACLED-like columns. Casualty figures stay
 * with who claimed them (`fatalities_claims`, a claimant's own range written "7–9"), and `fatalities_min`/`fatalities_max`
 * give the range over claimants and their ranges' ends rather than one number chosen silently. RFC 4180 with a header row and CRLF line ends, preceded by a UTF-8 byte-order
 * mark; text cells are guarded against formula injection.
 */
export function incidentsToCsv(story: Pick<Story, 'article' | 'incidents'>): string {
  const header = COLUMNS.map((column) => column.name).join(',');
  const rows = story.incidents.features.map((incident) =>
    COLUMNS.map((column) => formatCell(column.value(incident, story.article.url), column.kind)).join(','),
  );
  return `${BYTE_ORDER_MARK}${[header, ...rows].join(LINE_END)}${LINE_END}`;
}
