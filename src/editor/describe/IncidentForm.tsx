import type { Passage } from '../../model/article.ts';
import type { Incident, IncidentKind, IncidentProperties, IncidentTime, TimePrecision } from '../../model/incident.ts';
import { SelectField, TextField } from '../form/Field.tsx';
import { zoneAt } from '../place/zoneAt.ts';
import { CasualtyFields } from './CasualtyFields.tsx';
import { ClaimFields } from './ClaimFields.tsx';
import { SourceFields } from './SourceFields.tsx';

interface IncidentFormProps {
  incident: Incident;
  /** Path of the feature in the story, for its problems. */
  path: readonly PropertyKey[];
  passages: readonly Passage[];
  onChange: (incident: Incident, typingIn?: string) => void;
}

const KINDS: readonly { value: IncidentKind; label: string }[] = [
  { value: 'strike', label: 'A strike or attack' },
  { value: 'statement', label: 'A statement' },
  { value: 'reference', label: 'A place named for reference (no date)' },
];

const TIME_PRECISIONS: readonly { value: TimePrecision; label: string }[] = [
  { value: 'day', label: 'Only the day is known' },
  { value: 'approximate', label: 'About this time' },
  { value: 'exact', label: 'At this time' },
];

const EMPTY_TIME: IncidentTime = { date: '', time: null, utcOffset: '', zone: '', precision: 'day', note: null };

/** The incident in words: what, when (with zone), who, the claims with who made each, figures, outside sources. */
export function IncidentForm({ incident, path, passages, onChange }: IncidentFormProps) {
  const properties = incident.properties;
  const propertiesPath = [...path, 'properties'];
  const set = (change: Partial<IncidentProperties>, field?: string) =>
    onChange({ ...incident, properties: { ...properties, ...change } }, field);
  const when = properties.when ?? EMPTY_TIME;
  const setWhen = (change: Partial<IncidentTime>, field?: string) => set({ when: { ...when, ...change } }, field);
  const point = incident.geometry?.coordinates ?? null;
  const zoneHere = point === null || properties.when === null ? null : zoneAt(point, when.date, when.time);

  return (
    <>
      <fieldset className="editor-fieldset">
        <legend>What happened</legend>
        <SelectField
          label="Kind"
          hint="A reference place is not an event: it has no date."
          path={[...propertiesPath, 'kind']}
          value={properties.kind}
          options={KINDS}
          onChange={(kind) => set({ kind, when: kind === 'reference' ? null : (properties.when ?? EMPTY_TIME) })}
        />
        <TextField
          label="Title"
          hint="A few words for the list and the popup: “Missile strike on the city”."
          path={[...propertiesPath, 'title']}
          value={properties.title}
          onChange={(title) => set({ title }, 'title')}
        />
        <TextField
          label="Summary"
          hint="What happened, in a sentence or two, saying who says so."
          path={[...propertiesPath, 'summary']}
          value={properties.summary}
          multiline
          onChange={(summary) => set({ summary }, 'summary')}
        />
      </fieldset>
      {properties.when !== null && (
        <fieldset className="editor-fieldset">
          <legend>When</legend>
          <div className="editor-columns editor-columns--tight">
            <TextField
              label="Date (local)"
              hint="The day it happened, where it happened."
              type="date"
              path={[...propertiesPath, 'when', 'date']}
              value={when.date}
              onChange={(date) => setWhen({ date }, 'when.date')}
            />
            <SelectField
              label="How precise is the time?"
              hint="Choose “only the day” when no time is reported."
              path={[...propertiesPath, 'when', 'precision']}
              value={when.precision}
              options={TIME_PRECISIONS}
              onChange={(precision) =>
                setWhen({ precision, time: precision === 'day' ? null : (when.time ?? '12:00') })
              }
            />
            {when.precision !== 'day' && (
              <TextField
                label="Time (local)"
                hint="24-hour clock, local to the place."
                type="time"
                path={[...propertiesPath, 'when', 'time']}
                value={when.time ?? ''}
                onChange={(time) => setWhen({ time: time === '' ? null : time }, 'when.time')}
              />
            )}
            <TextField
              label="UTC offset"
              hint="e.g. +05:00; filled from the point’s time zone."
              path={[...propertiesPath, 'when', 'utcOffset']}
              value={when.utcOffset}
              onChange={(utcOffset) => setWhen({ utcOffset }, 'when.utcOffset')}
            />
            <TextField
              label="Time zone"
              hint="The zone’s name, e.g. “Central European Standard Time”, not an abbreviation."
              path={[...propertiesPath, 'when', 'zone']}
              value={when.zone}
              onChange={(zone) => setWhen({ zone }, 'when.zone')}
            />
          </div>
          {zoneHere !== null && (zoneHere.zone !== when.zone || zoneHere.utcOffset !== when.utcOffset) && (
            <p>
              At the point on that day: {zoneHere.zone} ({zoneHere.ianaZone}), UTC{zoneHere.utcOffset}.{' '}
              <button type="button" onClick={() => setWhen({ zone: zoneHere.zone, utcOffset: zoneHere.utcOffset })}>
                Use this zone
              </button>
            </p>
          )}
          <TextField
            label="Note on the time"
            hint="How the sources word the time, where they differ; may be left empty."
            path={[...propertiesPath, 'when', 'note']}
            value={when.note ?? ''}
            onChange={(note) => setWhen({ note: note === '' ? null : note }, 'when.note')}
          />
        </fieldset>
      )}
      <fieldset className="editor-fieldset">
        <legend>Who</legend>
        <div className="editor-columns editor-columns--tight">
          <TextField
            label="Who acted"
            hint="The party that struck or spoke, as the sources name it."
            path={[...propertiesPath, 'actors', 'initiator', 'name']}
            value={properties.actors.initiator.name}
            onChange={(name) =>
              set({ actors: { ...properties.actors, initiator: { ...properties.actors.initiator, name } } }, 'actor')
            }
          />
          <TextField
            label="Their side"
            hint="A country or organisation, for the map’s colours: “United Nations”."
            path={[...propertiesPath, 'actors', 'initiator', 'party']}
            value={properties.actors.initiator.party}
            onChange={(party) =>
              set({ actors: { ...properties.actors, initiator: { ...properties.actors.initiator, party } } }, 'party')
            }
          />
          <TextField
            label="Target"
            hint="What was aimed at or addressed, neutrally described; may be left empty."
            path={[...propertiesPath, 'actors', 'target']}
            value={properties.actors.target ?? ''}
            onChange={(target) =>
              set({ actors: { ...properties.actors, target: target === '' ? null : target } }, 'target')
            }
          />
        </div>
      </fieldset>
      <ClaimFields properties={properties} path={propertiesPath} set={set} passages={passages} />
      <CasualtyFields properties={properties} path={propertiesPath} set={set} />
      <SourceFields properties={properties} path={propertiesPath} set={set} />
    </>
  );
}
