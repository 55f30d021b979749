import type { I18n } from '../../i18n/i18n.ts';
import type { Position } from '../../model/geojson.ts';
import type {
  GeoPrecision,
  Incident,
  IncidentContext,
  IncidentPlace,
  MapPointRole,
  OutsideSource,
} from '../../model/incident.ts';
import { GAZETTEER_SOURCE_ID } from '../draft/checkDraft.ts';
import type { GazetteerPlace } from './gazetteer.ts';
import { zoneAt } from './zoneAt.ts';

/** How precisely the point is known, as the author chooses it: ACLED's three levels, or no map point at all. */
/** What an author may choose: a precision they state ("unknown" is for points from files), or no map point. */
export type PlaceChoice = Exclude<GeoPrecision, 'unknown'> | 'none';

/** What a radius starts at for each precision; the author changes it. */
const DEFAULT_RADIUS_KM: Record<2 | 3, number> = { 2: 10, 3: 50 };

/**
 * The incident with its place (and point) changed. Context (country, province, distance to the border) belongs to the
 * old point: once the point moves it is replaced by the one computed for the new point, or dropped.
 */
function withPlace(
  incident: Incident,
  place: IncidentPlace,
  geometry = incident.geometry,
  context: IncidentContext | null = null,
): Incident {
  const moved = geometry?.coordinates.join() !== incident.geometry?.coordinates.join();
  if (!moved) return { ...incident, properties: { ...incident.properties, place } };
  const properties = { ...incident.properties, place };
  delete properties.context;
  return { ...incident, geometry, properties: context === null ? properties : { ...properties, context } };
}

/** The zone at the point fills an empty zone (and its offset); one the author typed is kept. */
function withZoneFromPoint(incident: Incident, position: Position): Incident {
  const { when } = incident.properties;
  if (when === null || (when.zone !== '' && when.utcOffset !== '')) return incident;
  const zone = zoneAt(position, when.date, when.time);
  if (zone === null) return incident;
  return {
    ...incident,
    properties: { ...incident.properties, when: { ...when, utcOffset: zone.utcOffset, zone: zone.zone } },
  };
}

/** The point put (or moved) at a position; a first placing starts approximate, which the author can make exact. */
export function placeAt(
  incident: Incident,
  position: Position,
  i18n: I18n,
  context: IncidentContext | null = null,
): Incident {
  const { place } = incident.properties;
  const first = place.geoPrecision === null;
  const next: IncidentPlace = first
    ? {
        ...place,
        geoPrecision: 2,
        uncertaintyRadiusKm: DEFAULT_RADIUS_KM[2],
        point: place.point ?? {
          role: incident.properties.kind === 'reference' ? 'reference-place' : 'nearby-place',
          on: place.name || i18n._({ id: 'editor.place.placedPoint', message: 'the point placed on the map' }),
          eventWas: null,
        },
      }
    : place;
  return withZoneFromPoint(withPlace(incident, next, { type: 'Point', coordinates: position }, context), position);
}

export const GAZETTEER_SOURCE: OutsideSource = {
  id: GAZETTEER_SOURCE_ID,
  title: 'GeoNames gazetteer',
  publisher: 'GeoNames',
  date: null,
  url: 'https://www.geonames.org/',
};

/** The point put at a gazetteer place: its coordinates, its name, and GeoNames as their source. */
export function placeAtGazetteerPlace(
  incident: Incident,
  found: GazetteerPlace,
  i18n: I18n,
  context: IncidentContext | null = null,
): Incident {
  const placed = placeAt(incident, found.position, i18n, context);
  const { place, sources } = placed.properties;
  const townCentre = i18n._({
    id: 'editor.place.townCentre',
    message: '{town} (the town’s centre)',
    values: { town: found.name },
  });
  const point = place.point === undefined ? undefined : { ...place.point, on: townCentre };
  return {
    ...placed,
    properties: {
      ...placed.properties,
      place: { ...place, name: place.name || found.name, coordinateSourceId: GAZETTEER_SOURCE_ID, point },
      sources: sources.some((source) => source.id === GAZETTEER_SOURCE_ID) ? sources : [...sources, GAZETTEER_SOURCE],
    },
  };
}

/** The precision chosen: its radius (none for an exact site), what the point may stand for, or no point at all. */
export function choosePrecision(incident: Incident, choice: PlaceChoice): Incident {
  const { place } = incident.properties;
  if (choice === 'none') {
    const rest = { ...place };
    delete rest.point;
    return withPlace(
      incident,
      { ...rest, geoPrecision: null, uncertaintyRadiusKm: null, coordinateSourceId: null },
      null,
    );
  }
  if (incident.geometry === null) {
    // Precision says how well a point is known: there is none yet. The author places it first.
    return incident;
  }
  const radius = choice === 1 ? null : (place.uncertaintyRadiusKm ?? DEFAULT_RADIUS_KM[choice]);
  const role: MapPointRole | undefined =
    choice === 1 ? 'site' : place.point?.role === 'site' ? 'nearby-place' : place.point?.role;
  const point =
    place.point === undefined || role === undefined
      ? place.point
      : { ...place.point, role, eventWas: role === 'site' ? null : place.point.eventWas };
  return withPlace(incident, { ...place, geoPrecision: choice, uncertaintyRadiusKm: radius, point });
}

/**
 * The precision chosen for the incident's place: "unknown" for a point from a file that did not say, which the
 * author is asked to state (no choice is shown as made, and the problems list asks for one).
 */
export function placeChoiceOf(incident: Incident): PlaceChoice | 'unknown' {
  return incident.properties.place.geoPrecision ?? 'none';
}
