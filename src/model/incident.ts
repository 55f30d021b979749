import { PointSchema } from './geojson.ts';
import { IdSchema, WebUrlSchema } from './ids.ts';
import { QuoteAnchorSchema } from './quoteAnchor.ts';
import { IsoDateSchema, UtcOffsetSchema } from './time.ts';
import { z } from './zod.ts';
import { INCIDENT_KINDS } from './incidentKinds.ts';

export const IncidentKindSchema = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof IncidentKindSchema>;

/** A source outside the article, for what the article does not say (e.g. where a strike fell). */
export const OutsideSourceSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  date: z.nullable(IsoDateSchema),
  url: WebUrlSchema,
});
export type OutsideSource = z.infer<typeof OutsideSourceSchema>;

/** What backs a claim or a figure: words in the article, or a source outside it. */
export const CitationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('article'), quote: QuoteAnchorSchema }),
  z.strictObject({
    type: z.literal('outside'),
    sourceId: z.string().check(z.minLength(1)),
    /** The outside source's own words, kept short. */
    words: z.optional(z.string().check(z.minLength(1))),
    /** Set where no words are quoted: the claim is the story author's paraphrase of the source. */
    paraphrase: z.optional(z.literal(true)),
  }),
]);
export type Citation = z.infer<typeof CitationSchema>;

/** Something a named party said; who said it is part of the data. */
export const ClaimSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  by: z.string().check(z.minLength(1)),
  /** The claim in plain words, attributed: e.g. "The government said it attacked two camps of the group". */
  statement: z.string().check(z.minLength(1)),
  citation: CitationSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * A count as its source gives it: one number ("7"), a floor ("at least 7": `atLeast`) or a range ("between 7 and 9",
 * "7 to 9": `value` 7, `upTo` 9). A range has both its ends, so it never says "at least" too: a source's "at least 7,
 * perhaps 9" is a floor of 7, with its wording in the figure's description or the incident's notes.
 */
export const HeadCountSchema = z
  .strictObject({
    value: z.number().check(z.int(), z.nonnegative()),
    /** True when the source says "at least". */
    atLeast: z.boolean(),
    /** The upper end, where the source gives a range; more than `value` (one number is `value` alone). */
    upTo: z.optional(z.number().check(z.int(), z.nonnegative())),
  })
  .check(
    z.refine((count) => count.upTo === undefined || count.upTo > count.value, {
      message: 'upTo is the upper end of a range and must be more than value',
      path: ['upTo'],
      params: { rule: 'range-order' },
    }),
    z.refine((count) => count.upTo === undefined || !count.atLeast, {
      message: 'a range has both its ends: it is not also "at least"',
      // Beside the upper end, the field an author fills last, rather than on the checkbox ticked before.
      path: ['upTo'],
      params: { rule: 'range-not-floor' },
    }),
  );
export type HeadCount = z.infer<typeof HeadCountSchema>;

/** One party's casualty figure for one incident. Figures are kept per claimant, never merged. */
export const CasualtyFigureSchema = z.strictObject({
  claimedBy: z.string().check(z.minLength(1)),
  /**
   * Figures that share a series are one side's successive counts, oldest first (officials updating a toll): a
   * revision, not a disagreement. Figures of different series, or of none, are rival accounts.
   */
  series: z.optional(z.string().check(z.minLength(1))),
  /** When this count was given, in words ("18 Jan, morning, state TV's first report"), where the sources say. */
  reportedAt: z.optional(z.string().check(z.minLength(1))),
  killed: z.nullable(HeadCountSchema),
  injured: z.nullable(HeadCountSchema),
  /** Who the casualties were, in the claimant's terms. */
  description: z.string().check(z.minLength(1)),
  citation: CitationSchema,
});
export type CasualtyFigure = z.infer<typeof CasualtyFigureSchema>;

/**
 * ACLED-style geo_precision: 1 the exact site, 2 near a named town or within a district, 3 province level or wider;
 * `unknown` for a point from a file that does not say how precise it is (it is then never drawn as an exact site).
 */
export const GeoPrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal('unknown')]);
export type GeoPrecision = z.infer<typeof GeoPrecisionSchema>;

/**
 * What a map point stands for. Only `site` is the event's own place; every other point stands in for something: a
 * town near a site that is not known, the city a statement was issued from, a place named for reference.
 */
export const MapPointRoleSchema = z.enum(['site', 'nearby-place', 'where-issued', 'reference-place']);
export type MapPointRole = z.infer<typeof MapPointRoleSchema>;

export const MapPointSchema = z.strictObject({
  role: MapPointRoleSchema,
  /** What the point is on, in a few words: "Northtown", "the house that was hit". */
  on: z.string().check(z.minLength(1)),
  /** Where the event itself was, when the point is not its site: "the strike was in a village of North district". */
  eventWas: z.nullable(z.string().check(z.minLength(1))),
});
export type MapPoint = z.infer<typeof MapPointSchema>;

/** A distance a party gave, as opposed to one the build computed from the marker. */
export const ReportedDistanceSchema = z
  .strictObject({
    claimedBy: z.string().check(z.minLength(1)),
    /** What the distance is measured to: "the border with Ruritania", "Northtown". */
    from: z.string().check(z.minLength(1)),
    minKm: z.number().check(z.nonnegative()),
    maxKm: z.number().check(z.nonnegative()),
    citation: CitationSchema,
  })
  .check(
    // On the distance's own upper figure, so the editor shows it beside that field.
    z.refine((distance) => distance.minKm <= distance.maxKm, {
      message: 'a reported distance needs minKm ≤ maxKm',
      path: ['maxKm'],
      params: { rule: 'distance-order' },
    }),
  );
export type ReportedDistance = z.infer<typeof ReportedDistanceSchema>;

export const IncidentPlaceSchema = z
  .strictObject({
    name: z.string().check(z.minLength(1)),
    variants: z.array(z.string().check(z.minLength(1))),
    /** How precise the location is, in words a reader understands. */
    description: z.string().check(z.minLength(1)),
    /** Null when the incident has no map point (a statement made far from the region). */
    geoPrecision: z.nullable(GeoPrecisionSchema),
    /**
     * Radius of the area the incident may lie in: only for precision 2 and 3, and there null only where the story's
     * source gives none (a dataset's row; the data build requires one of an authored story).
     */
    uncertaintyRadiusKm: z.nullable(z.number().check(z.positive())),
    /** Where the marker's coordinates come from. */
    coordinateSourceId: z.nullable(z.string().check(z.minLength(1))),
    /**
     * What the map point stands for; absent when there is no point. Optional so that a story written before it existed
     * still opens (it is then said that the story does not tell); the data build requires it.
     */
    point: z.optional(MapPointSchema),
    /**
     * The outside source whose words bound the uncertainty radius. Absent, the circle is only a guide drawn by the
     * story's author and the site may lie outside it: the map never says "within" then.
     */
    uncertaintyBoundSourceId: z.optional(z.string().check(z.minLength(1))),
    /** Distances the sources give for the event itself, e.g. a minister's "three to four kilometres off the border". */
    reportedDistances: z.optional(z.array(ReportedDistanceSchema)),
  })
  .check(
    z.refine((place) => place.geoPrecision === 2 || place.geoPrecision === 3 || place.uncertaintyRadiusKm === null, {
      message: 'uncertaintyRadiusKm is only for geo precision 2 and 3 (an approximate place)',
      path: ['uncertaintyRadiusKm'],
      params: { rule: 'radius-approximate' },
    }),
    z.refine((place) => place.point?.role !== 'site' || place.geoPrecision === 1, {
      message: 'a point on the site itself is geo precision 1; an approximate place stands in for the site',
      path: ['point', 'role'],
      params: { rule: 'site-precise' },
    }),
  );
export type IncidentPlace = z.infer<typeof IncidentPlaceSchema>;

export const TimePrecisionSchema = z.enum(['exact', 'approximate', 'day']);
export type TimePrecision = z.infer<typeof TimePrecisionSchema>;

export const IncidentTimeSchema = z
  .strictObject({
    date: IsoDateSchema,
    /** Local time of day, null when only the day is known. */
    time: z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}$/, 'expected HH:MM'))),
    utcOffset: UtcOffsetSchema,
    /**
     * The zone's name ("Central European Time"), printed after the offset. The data build refuses abbreviations such
     * as "AST", which name different zones in different places.
     */
    zone: z.string().check(z.minLength(1)),
    precision: TimePrecisionSchema,
    /** How the sources word the time, and where they differ. */
    note: z.nullable(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((when) => (when.precision === 'day') === (when.time === null), {
      message: 'time is null exactly when precision is "day"',
      path: ['time'],
      params: { rule: 'time-day' },
    }),
  );
export type IncidentTime = z.infer<typeof IncidentTimeSchema>;

export const ActorSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  /** The party, for styling and filtering: a country or an organisation such as "United Nations". */
  party: z.string().check(z.minLength(1)),
});
export type Actor = z.infer<typeof ActorSchema>;

export const IncidentActorsSchema = z.strictObject({
  initiator: ActorSchema,
  /** What was aimed at or addressed, neutrally described; rival accounts of it are claims. */
  target: z.nullable(z.string().check(z.minLength(1))),
  targetCountry: z.nullable(z.string().check(z.minLength(1))),
});

/**
 * Computed at data-build time from the geometry; never authored by hand. Absent when nothing was computed (a story
 * made from a file of points); the border's name is absent when the story has no border line.
 */
export const IncidentContextSchema = z
  .strictObject({
    country: z.nullable(z.string().check(z.minLength(1))),
    province: z.nullable(z.string().check(z.minLength(1))),
    distanceToBorderKm: z.nullable(z.number().check(z.nonnegative())),
    borderName: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((context) => context.distanceToBorderKm === null || context.borderName !== undefined, {
      message: 'a distance to the border needs the border’s name',
      path: ['borderName'],
      params: { rule: 'border-name' },
    }),
  );
export type IncidentContext = z.infer<typeof IncidentContextSchema>;

export const AuthoredIncidentPropertiesSchema = z.strictObject({
  id: IdSchema,
  kind: IncidentKindSchema,
  title: z.string().check(z.minLength(1)),
  summary: z.string().check(z.minLength(1)),
  /** Null only for a reference place, which is not an event and has no date. */
  when: z.nullable(IncidentTimeSchema),
  place: IncidentPlaceSchema,
  actors: IncidentActorsSchema,
  claims: z.array(ClaimSchema),
  casualties: z.array(CasualtyFigureSchema),
  sources: z.array(OutsideSourceSchema),
  /** Where sources disagree, said in plain words rather than resolved silently. */
  notes: z.array(z.string().check(z.minLength(1))),
});
export type AuthoredIncidentProperties = z.infer<typeof AuthoredIncidentPropertiesSchema>;

export const IncidentPropertiesSchema = z.extend(AuthoredIncidentPropertiesSchema, {
  context: z.optional(IncidentContextSchema),
  /**
   * For an incident from an opened file (GeoJSON, CSV, KML…): the properties Citemap did not use, as text, in the
   * file's order, shown under a heading of their own, never mixed with the story's notes.
   */
  fileProperties: z.optional(z.array(z.tuple([z.string(), z.string()]))),
});
export type IncidentProperties = z.infer<typeof IncidentPropertiesSchema>;

/** A statement made far from the region has no point: RFC 7946 allows a Feature with a null geometry. */
const IncidentFeatureBase = {
  type: z.literal('Feature'),
  id: z.string().check(z.minLength(1)),
  geometry: z.nullable(PointSchema),
};

interface IncidentFeatureShape {
  id: string;
  geometry: unknown;
  properties: Pick<AuthoredIncidentProperties, 'id' | 'kind' | 'when' | 'place'>;
}

/** Rules that tie a feature's parts together; the same for authored and built incidents. */
function checkFeatureConsistency(feature: IncidentFeatureShape, context: z.core.$RefinementCtx): void {
  const { id, kind, when, place } = feature.properties;
  if (feature.id !== id) {
    context.addIssue({
      code: 'custom',
      message: 'the Feature id must equal properties.id',
      path: ['id'],
      params: { rule: 'feature-id' },
    });
  }
  if (feature.geometry === null && place.point !== undefined) {
    context.addIssue({
      code: 'custom',
      message: 'an incident with no map point (geometry null) has no place.point',
      path: ['properties', 'place', 'point'],
      params: { rule: 'no-point-role' },
    });
  }
  if ((feature.geometry === null) !== (place.geoPrecision === null)) {
    context.addIssue({
      code: 'custom',
      message: 'geoPrecision is null exactly when the incident has no map point (geometry null)',
      path: ['properties', 'place', 'geoPrecision'],
      params: { rule: 'precision-null' },
    });
  }
  if ((when === null) !== (kind === 'reference')) {
    context.addIssue({
      code: 'custom',
      message: 'strikes and statements need a date; a reference place has none (when: null)',
      path: ['properties', 'when'],
      params: { rule: 'when-kind' },
    });
  }
}

export const AuthoredIncidentSchema = z
  .strictObject({ ...IncidentFeatureBase, properties: AuthoredIncidentPropertiesSchema })
  .check(z.superRefine(checkFeatureConsistency));
export type AuthoredIncident = z.infer<typeof AuthoredIncidentSchema>;

export const IncidentSchema = z
  .strictObject({ ...IncidentFeatureBase, properties: IncidentPropertiesSchema })
  .check(z.superRefine(checkFeatureConsistency));
export type Incident = z.infer<typeof IncidentSchema>;

export const AuthoredIncidentCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(AuthoredIncidentSchema),
});

export const IncidentCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(IncidentSchema),
});
export type IncidentCollection = z.infer<typeof IncidentCollectionSchema>;
