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

const PRECISIONS: readonly { value: PlaceChoice; label: string; hint: string }[] = [
  { value: 1, label: 'The exact site', hint: 'the point is where it happened' },
  { value: 2, label: 'A town or district', hint: 'near a named town, or within a district: give a radius' },
  { value: 3, label: 'A province or wider', hint: 'only the province or region is known: give a radius' },
  { value: 'none', label: 'No map point', hint: 'e.g. a statement made far away' },
];

const ROLES: readonly { value: MapPointRole; label: string }[] = [
  { value: 'site', label: 'The event’s own site (exact site only)' },
  { value: 'nearby-place', label: 'A nearby place standing in for the site' },
  { value: 'where-issued', label: 'Where a statement was made or issued' },
  { value: 'reference-place', label: 'A place named for reference' },
];

function describeContext(context: Incident['properties']['context']): string {
  if (context === undefined) return 'Country, province and distance to the border: none computed for this point.';
  const parts = [
    `Country: ${context.country ?? 'none found'}`,
    `province: ${context.province ?? 'none found'}`,
    context.distanceToBorderKm === null
      ? 'no border in this story'
      : `${context.distanceToBorderKm} km from the ${context.borderName ?? 'border'}`,
  ];
  return `Computed from the map: ${parts.join('; ')}.`;
}

/** Where the incident is: the map, the place search, typed coordinates, how precise, and what the point stands for. */
export function PlaceSection(props: PlaceSectionProps) {
  const { incident, path, passages, others, bounds, tileSource, basemap, regions, onChange } = props;
  const { place } = incident.properties;
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
    (position: Position) => onChange(placeAt(incident, position, contextAt(position))),
    [incident, onChange, contextAt],
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
      <legend>Place</legend>
      <div className="editor-columns">
        <div>
          <label className="editor-field__label" htmlFor="editor-place-search">
            Search for a place
          </label>
          <p className="editor-field__hint" id="editor-place-search-hint">
            Type a town’s name: GeoNames’ places of 1,000 people or more, searched in this browser.
          </p>
          <input
            id="editor-place-search"
            type="search"
            aria-describedby="editor-place-search-hint"
            aria-controls="editor-place-results"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {gazetteer.status === 'loading' && <p role="status">Loading the place list…</p>}
          {gazetteer.status === 'failed' && <p className="editor-problem">{gazetteer.message}</p>}
          <ul id="editor-place-results" className="editor-place-results" aria-label="Places found">
            {results.map((found) => (
              <li key={found.rank}>
                <button
                  type="button"
                  onClick={() => {
                    onChange(placeAtGazetteerPlace(incident, found, contextAt(found.position)));
                    setQuery('');
                  }}
                >
                  Put it at {found.name}, {found.country}
                  {found.seat && ' (a seat of government)'}
                </button>
              </li>
            ))}
          </ul>
          {named.length > 0 && (
            <>
              <h4 className="editor-subheading">Places the article names</h4>
              <ul className="editor-place-results">
                {named.map((found) => (
                  <li key={found.place.rank}>
                    <button
                      type="button"
                      onClick={() =>
                        onChange(placeAtGazetteerPlace(incident, found.place, contextAt(found.place.position)))
                      }
                    >
                      Put it at {found.place.name}, {found.place.country}
                    </button>{' '}
                    <span className="editor-field__hint">
                      “{found.asWritten}” in {found.passageIds.map((id) => `¶${numberOf.get(id) ?? id}`).join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <fieldset className="editor-radios">
            <legend>How precisely is the place known?</legend>
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
                {option.label} <span className="editor-field__hint">({option.hint})</span>
              </label>
            ))}
            {point === null && choice !== 'none' && (
              <p className="editor-field__hint">Place the point first: click the map, search, or type coordinates.</p>
            )}
          </fieldset>
          {(choice === 2 || choice === 3) && (
            <NumberField
              label="Radius (km)"
              hint="How far from the point the event may have been: drawn as a dashed circle, a guide and not a bound."
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
            label="Map: click to put the incident there, drag its point to move it"
            onPlace={onPlace}
          />
          <div className="editor-columns editor-columns--tight">
            <NumberField
              label="Longitude"
              hint="East of Greenwich is positive."
              path={[...path, 'geometry']}
              value={point?.[0] ?? null}
              onChange={(value) => value !== null && onPlace([value, point?.[1] ?? 0])}
            />
            <NumberField
              label="Latitude"
              hint="North of the equator is positive."
              path={[...path, 'geometry', 'coordinates']}
              value={point?.[1] ?? null}
              onChange={(value) => value !== null && onPlace([point?.[0] ?? 0, value])}
            />
          </div>
        </div>
      </div>
      <p className="editor-field__hint" role="status">
        {describeContext(incident.properties.context)}
      </p>
      <TextField
        label="Place name"
        hint="The place as the story names it, e.g. the town."
        path={[...path, 'properties', 'place', 'name']}
        value={place.name}
        onChange={(name) => setPlace({ name }, 'place.name')}
      />
      <TextField
        label="How precise, in words"
        hint="What a reader should know, e.g. “Somewhere in the city; the site is not reported”."
        path={[...path, 'properties', 'place', 'description']}
        value={place.description}
        onChange={(description) => setPlace({ description }, 'place.description')}
      />
      {place.point !== undefined && (
        <>
          <SelectField
            label="What the point stands for"
            hint="Only an exact site is the event’s own place; other points stand in for it."
            path={[...path, 'properties', 'place', 'point', 'role']}
            value={place.point.role}
            options={ROLES}
            onChange={(role) => setPoint({ role }, 'point.role')}
          />
          <TextField
            label="The point is on"
            hint="In a few words: “Northtown’s centre”, “the house that was hit”."
            path={[...path, 'properties', 'place', 'point', 'on']}
            value={place.point.on}
            onChange={(on) => setPoint({ on }, 'point.on')}
          />
          {place.point.role !== 'site' && (
            <TextField
              label="Where the event itself was"
              hint="When the point is not the site: “in a village of North district”."
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
