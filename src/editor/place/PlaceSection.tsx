import { useCallback, useMemo, useState } from 'react';
import type { TileSource } from '../../map/basemap/tileSource.ts';
import { PlacingMap } from '../../map/placing/PlacingMap.tsx';
import type { Passage } from '../../model/article.ts';
import type { BoundingBox, Position } from '../../model/geojson.ts';
import type { Incident, MapPointRole } from '../../model/incident.ts';
import type { Basemap, RegionCollection } from '../../model/region.ts';
import { computeContext } from './computeContext.ts';
import { NumberField, SelectField, TextField } from '../form/Field.tsx';
import { placesNamedIn, searchGazetteer } from './gazetteer.ts';
import { choosePrecision, placeAt, placeAtGazetteerPlace, placeChoiceOf, type PlaceChoice } from './placeOperations.ts';
import { useGazetteer } from './useGazetteer.ts';
import { isolate } from '../../i18n/formatters.ts';
import type { I18n, MessageDescriptor } from '../../i18n/i18n.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';

interface PlaceSectionProps {
  incident: Incident;
  path: readonly PropertyKey[];
  passages: readonly Passage[];
  others: readonly Incident[];
  bounds: BoundingBox;
  tileSource: TileSource | null;
  basemap: Basemap | null;
  /** The story's regions, for the province and the distance to its border. */
  regions: RegionCollection;
  onChange: (incident: Incident, typingIn?: string) => void;
}

const PRECISIONS: readonly { value: PlaceChoice; label: MessageDescriptor; hint: MessageDescriptor }[] = [
  {
    value: 1,
    label: /*i18n*/ { id: 'editor.place.exact', message: 'The exact site' },
    hint: /*i18n*/ { id: 'editor.place.exactHint', message: 'the point is where it happened' },
  },
  {
    value: 2,
    label: /*i18n*/ { id: 'editor.place.town', message: 'A town or district' },
    hint: /*i18n*/ { id: 'editor.place.townHint', message: 'near a named town, or within a district: give a radius' },
  },
  {
    value: 3,
    label: /*i18n*/ { id: 'editor.place.province', message: 'A province or wider' },
    hint: /*i18n*/ { id: 'editor.place.provinceHint', message: 'only the province or region is known: give a radius' },
  },
  {
    value: 'none',
    label: /*i18n*/ { id: 'editor.place.noPoint', message: 'No map point' },
    hint: /*i18n*/ { id: 'editor.place.noPointHint', message: 'e.g. a statement made far away' },
  },
];

const ROLES: readonly { value: MapPointRole; label: MessageDescriptor }[] = [
  {
    value: 'site',
    label: /*i18n*/ { id: 'editor.place.role.site', message: 'The event’s own site (exact site only)' },
  },
  {
    value: 'nearby-place',
    label: /*i18n*/ { id: 'editor.place.role.nearby', message: 'A nearby place standing in for the site' },
  },
  {
    value: 'where-issued',
    label: /*i18n*/ { id: 'editor.place.role.whereIssued', message: 'Where a statement was made or issued' },
  },
  {
    value: 'reference-place',
    label: /*i18n*/ { id: 'editor.place.role.reference', message: 'A place named for reference' },
  },
];

function describeContext(context: Incident['properties']['context'], i18n: I18n): string {
  if (context === undefined)
    return i18n._({
      id: 'editor.place.context.none',
      message: 'Country, province and distance to the border: none computed for this point.',
    });
  const { country, province, distanceToBorderKm: km, borderName } = context;
  const parts = [
    country === null
      ? i18n._({ id: 'editor.place.context.noCountry', message: 'Country: none found' })
      : i18n._({
          id: 'editor.place.context.country',
          message: 'Country: {country}',
          values: { country: isolate(i18n, country) },
        }),
    province === null
      ? i18n._({ id: 'editor.place.context.noProvince', message: 'province: none found' })
      : i18n._({
          id: 'editor.place.context.province',
          message: 'province: {province}',
          values: { province: isolate(i18n, province) },
        }),
    km === null
      ? i18n._({ id: 'editor.place.context.noBorder', message: 'no border in this story' })
      : borderName === null || borderName === undefined
        ? i18n._({ id: 'editor.place.context.fromBorder', message: '{km, number} km from the border', values: { km } })
        : i18n._({
            id: 'editor.place.context.fromNamedBorder',
            message: '{km, number} km from the {border}',
            values: { km, border: isolate(i18n, borderName) },
          }),
  ];
  return i18n._({
    id: 'editor.place.context.computed',
    message: 'Computed from the map: {parts}.',
    values: { parts: parts.join(i18n._({ id: 'list.semicolon', message: '; ' })) },
  });
}

/** Where the incident is: the map, the place search, typed coordinates, how precise, and what the point stands for. */
export function PlaceSection(props: PlaceSectionProps) {
  const { incident, path, passages, others, bounds, tileSource, basemap, regions, onChange } = props;
  const { place } = incident.properties;
  const i18n = useI18n();
  const gazetteer = useGazetteer();
  const [query, setQuery] = useState('');
  const results = useMemo(
    () => (gazetteer.status === 'loaded' ? searchGazetteer(gazetteer.gazetteer, query) : []),
    [gazetteer, query],
  );
  const named = useMemo(
    () => (gazetteer.status === 'loaded' ? placesNamedIn(gazetteer.gazetteer, passages) : []),
    [gazetteer, passages],
  );
  const numberOf = useMemo(() => new Map(passages.map((passage) => [passage.id, passage.number])), [passages]);
  const choice = placeChoiceOf(incident);
  const point = incident.geometry?.coordinates ?? null;
  const contextAt = useCallback(
    (position: Position) => computeContext(position, { basemap, regions }),
    [basemap, regions],
  );
  const onPlace = useCallback(
    (position: Position) => onChange(placeAt(incident, position, i18n, contextAt(position))),
    [incident, onChange, contextAt, i18n],
  );
  const setPlace = (change: Partial<typeof place>, field: string) =>
    onChange({ ...incident, properties: { ...incident.properties, place: { ...place, ...change } } }, field);
  const setPoint = (change: Partial<NonNullable<typeof place.point>>, field: string) => {
    if (place.point === undefined) return;
    setPlace({ point: { ...place.point, ...change } }, field);
  };
  const otherPoints = useMemo(
    () =>
      others.flatMap((other) =>
        other.geometry === null || other.id === incident.id
          ? []
          : [{ id: other.id, title: other.properties.title || other.id, position: other.geometry.coordinates }],
      ),
    [others, incident.id],
  );

  return (
    <fieldset className="editor-fieldset">
      <legend>{i18n._({ id: 'editor.place.legend', message: 'Place' })}</legend>
      <div className="editor-columns">
        <div>
          <label className="editor-field__label" htmlFor="editor-place-search">
            {i18n._({ id: 'editor.place.search', message: 'Search for a place' })}
          </label>
          <p className="editor-field__hint" id="editor-place-search-hint">
            {i18n._({
              id: 'editor.place.searchHint',
              message: 'Type a town’s name: GeoNames’ places of 1,000 people or more, searched in this browser.',
            })}
          </p>
          <input
            id="editor-place-search"
            type="search"
            aria-describedby="editor-place-search-hint"
            aria-controls="editor-place-results"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {gazetteer.status === 'loading' && (
            <p role="status">{i18n._({ id: 'editor.place.loading', message: 'Loading the place list…' })}</p>
          )}
          {gazetteer.status === 'failed' && (
            // In the reader's words: the browser's own ("Failed to fetch") says nothing of what to do. Its detail is
            // kept for whoever reports the problem.
            <div className="editor-problem" role="alert">
              <p>
                {i18n._({
                  id: 'editor.place.listUnavailable',
                  message:
                    'The place list could not be downloaded (no connection, or the server did not answer), so places cannot be searched by name now. Type the place’s latitude and longitude below, or try again once the connection is back.',
                })}{' '}
                <small lang="en">({gazetteer.message})</small>
              </p>
              <button type="button" className="map-controls__inline-button" onClick={gazetteer.retry}>
                {i18n._({ id: 'editor.place.listRetry', message: 'Try again' })}
              </button>
            </div>
          )}
          <ul
            id="editor-place-results"
            className="editor-place-results"
            aria-label={i18n._({ id: 'editor.place.found', message: 'Places found' })}
          >
            {results.map((found) => (
              <li key={found.rank}>
                <button
                  type="button"
                  onClick={() => {
                    onChange(placeAtGazetteerPlace(incident, found, i18n, contextAt(found.position)));
                    setQuery('');
                  }}
                >
                  {found.seat
                    ? translateNodes(
                        i18n,
                        /*i18n*/ {
                          id: 'editor.place.putAtSeat',
                          message: 'Put it at {place}, {country} (a seat of government)',
                        },
                        { place: <StoryText>{found.name}</StoryText>, country: <StoryText>{found.country}</StoryText> },
                      )
                    : translateNodes(
                        i18n,
                        /*i18n*/ { id: 'editor.place.putAt', message: 'Put it at {place}, {country}' },
                        { place: <StoryText>{found.name}</StoryText>, country: <StoryText>{found.country}</StoryText> },
                      )}
                </button>
              </li>
            ))}
          </ul>
          {named.length > 0 && (
            <>
              <h4 className="editor-subheading">
                {i18n._({ id: 'editor.place.named', message: 'Places the article names' })}
              </h4>
              <ul className="editor-place-results">
                {named.map((found) => (
                  <li key={found.place.rank}>
                    <button
                      type="button"
                      onClick={() =>
                        onChange(placeAtGazetteerPlace(incident, found.place, i18n, contextAt(found.place.position)))
                      }
                    >
                      {translateNodes(
                        i18n,
                        /*i18n*/ { id: 'editor.place.putAt', message: 'Put it at {place}, {country}' },
                        {
                          place: <StoryText>{found.place.name}</StoryText>,
                          country: <StoryText>{found.place.country}</StoryText>,
                        },
                      )}
                    </button>{' '}
                    <span className="editor-field__hint">
                      {translateNodes(
                        i18n,
                        /*i18n*/ { id: 'editor.place.namedIn', message: '“{words}” in {paragraphs}' },
                        { words: <StoryText>{found.asWritten}</StoryText> },
                        {
                          paragraphs: found.passageIds
                            .map((id) =>
                              i18n._({
                                id: 'editor.article.paragraphNumber',
                                message: '¶{number, number}',
                                values: { number: numberOf.get(id) ?? id },
                              }),
                            )
                            .join(i18n._({ id: 'list.comma', message: ', ' })),
                        },
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <fieldset className="editor-radios">
            <legend>{i18n._({ id: 'editor.place.precision', message: 'How precisely is the place known?' })}</legend>
            {PRECISIONS.map((option) => (
              <label key={option.value}>
                <input
                  type="radio"
                  name={`precision-${incident.id}`}
                  value={option.value}
                  checked={choice === option.value}
                  disabled={option.value !== 'none' && point === null}
                  onChange={() => onChange(choosePrecision(incident, option.value))}
                />{' '}
                {i18n._(option.label)}{' '}
                <span className="editor-field__hint">
                  {i18n._({
                    id: 'editor.place.hintInBrackets',
                    message: '({hint})',
                    values: { hint: i18n._(option.hint) },
                  })}
                </span>
              </label>
            ))}
            {point === null && choice !== 'none' && (
              <p className="editor-field__hint">
                {i18n._({
                  id: 'editor.place.placeFirst',
                  message: 'Place the point first: click the map, search, or type coordinates.',
                })}
              </p>
            )}
          </fieldset>
          {(choice === 2 || choice === 3) && (
            <NumberField
              label={i18n._({ id: 'editor.place.radius', message: 'Radius (km)' })}
              hint={i18n._({
                id: 'editor.place.radiusHint',
                message:
                  'How far from the point the event may have been: drawn as a dashed circle, a guide and not a bound.',
              })}
              path={[...path, 'properties', 'place', 'uncertaintyRadiusKm']}
              value={place.uncertaintyRadiusKm}
              min={0.1}
              onChange={(value) => setPlace({ uncertaintyRadiusKm: value }, 'radius')}
            />
          )}
        </div>
        <div>
          <PlacingMap
            point={point}
            radiusKm={place.uncertaintyRadiusKm}
            approximate={choice === 2 || choice === 3}
            bounds={bounds}
            others={otherPoints}
            tileSource={tileSource}
            basemap={basemap}
            label={i18n._({
              id: 'editor.place.mapLabel',
              message: 'Map: click to put the incident there, drag its point to move it',
            })}
            onPlace={onPlace}
          />
          <div className="editor-columns editor-columns--tight">
            <NumberField
              label={i18n._({ id: 'editor.place.longitude', message: 'Longitude' })}
              hint={i18n._({ id: 'editor.place.longitudeHint', message: 'East of Greenwich is positive.' })}
              path={[...path, 'geometry']}
              value={point?.[0] ?? null}
              onChange={(value) => value !== null && onPlace([value, point?.[1] ?? 0])}
            />
            <NumberField
              label={i18n._({ id: 'editor.place.latitude', message: 'Latitude' })}
              hint={i18n._({ id: 'editor.place.latitudeHint', message: 'North of the equator is positive.' })}
              path={[...path, 'geometry', 'coordinates']}
              value={point?.[1] ?? null}
              onChange={(value) => value !== null && onPlace([point?.[0] ?? 0, value])}
            />
          </div>
        </div>
      </div>
      <p className="editor-field__hint" role="status">
        {describeContext(incident.properties.context, i18n)}
      </p>
      <TextField
        label={i18n._({ id: 'editor.place.name', message: 'Place name' })}
        hint={i18n._({ id: 'editor.place.nameHint', message: 'The place as the story names it, e.g. the town.' })}
        path={[...path, 'properties', 'place', 'name']}
        value={place.name}
        onChange={(name) => setPlace({ name }, 'place.name')}
      />
      <TextField
        label={i18n._({ id: 'editor.place.description', message: 'How precise, in words' })}
        hint={i18n._({
          id: 'editor.place.descriptionHint',
          message: 'What a reader should know, e.g. “Somewhere in the city; the site is not reported”.',
        })}
        path={[...path, 'properties', 'place', 'description']}
        value={place.description}
        onChange={(description) => setPlace({ description }, 'place.description')}
      />
      {place.point !== undefined && (
        <>
          <SelectField
            label={i18n._({ id: 'editor.place.role', message: 'What the point stands for' })}
            hint={i18n._({
              id: 'editor.place.roleHint',
              message: 'Only an exact site is the event’s own place; other points stand in for it.',
            })}
            path={[...path, 'properties', 'place', 'point', 'role']}
            value={place.point.role}
            options={ROLES.map((role) => ({ value: role.value, label: i18n._(role.label) }))}
            onChange={(role) => setPoint({ role }, 'point.role')}
          />
          <TextField
            label={i18n._({ id: 'editor.place.on', message: 'The point is on' })}
            hint={i18n._({
              id: 'editor.place.onHint',
              message: 'In a few words: “Northtown’s centre”, “the house that was hit”.',
            })}
            path={[...path, 'properties', 'place', 'point', 'on']}
            value={place.point.on}
            onChange={(on) => setPoint({ on }, 'point.on')}
          />
          {place.point.role !== 'site' && (
            <TextField
              label={i18n._({ id: 'editor.place.eventWas', message: 'Where the event itself was' })}
              hint={i18n._({
                id: 'editor.place.eventWasHint',
                message: 'When the point is not the site: “in a village of North district”.',
              })}
              path={[...path, 'properties', 'place', 'point', 'eventWas']}
              value={place.point.eventWas ?? ''}
              onChange={(eventWas) => setPoint({ eventWas: eventWas === '' ? null : eventWas }, 'point.eventWas')}
            />
          )}
        </>
      )}
    </fieldset>
  );
}
