import type { Passage } from '../../model/article.ts';
import type { Incident, IncidentKind, IncidentProperties, IncidentTime, TimePrecision } from '../../model/incident.ts';
import { SelectField, TextField } from '../form/Field.tsx';
import { zoneAt } from '../place/zoneAt.ts';
import { CasualtyFields } from './CasualtyFields.tsx';
import { ClaimFields } from './ClaimFields.tsx';
import { NoteFields } from './NoteFields.tsx';
import { ReportedDistanceFields } from './ReportedDistanceFields.tsx';
import { SourceFields } from './SourceFields.tsx';
import { isolate } from '../../i18n/formatters.ts';
import type { MessageDescriptor } from '../../i18n/i18n.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';

interface IncidentFormProps {
  incident: Incident;
  /** Path of the feature in the story, for its problems. */
  path: readonly PropertyKey[];
  passages: readonly Passage[];
  onChange: (incident: Incident, typingIn?: string) => void;
}

const KINDS: readonly { value: IncidentKind; label: MessageDescriptor }[] = [
  { value: 'strike', label: /*i18n*/ { id: 'editor.incident.kind.strike', message: 'A strike or attack' } },
  { value: 'statement', label: /*i18n*/ { id: 'editor.incident.kind.statement', message: 'A statement' } },
  {
    value: 'reference',
    label: /*i18n*/ { id: 'editor.incident.kind.reference', message: 'A place named for reference (no date)' },
  },
];

const TIME_PRECISIONS: readonly { value: TimePrecision; label: MessageDescriptor }[] = [
  { value: 'day', label: /*i18n*/ { id: 'editor.incident.precision.day', message: 'Only the day is known' } },
  { value: 'approximate', label: /*i18n*/ { id: 'editor.incident.precision.approximate', message: 'About this time' } },
  { value: 'exact', label: /*i18n*/ { id: 'editor.incident.precision.exact', message: 'At this time' } },
];

const EMPTY_TIME: IncidentTime = { date: '', time: null, utcOffset: '', zone: '', precision: 'day', note: null };

/** The incident in words: what, when (with zone), who, the claims with who made each, figures, outside sources. */
export function IncidentForm({ incident, path, passages, onChange }: IncidentFormProps) {
  const i18n = useI18n();
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
        <legend>{i18n._({ id: 'editor.incident.what', message: 'What happened' })}</legend>
        <SelectField
          label={i18n._({ id: 'editor.incident.kind', message: 'Kind' })}
          hint={i18n._({
            id: 'editor.incident.kindHint',
            message: 'A reference place is not an event: it has no date.',
          })}
          path={[...propertiesPath, 'kind']}
          value={properties.kind}
          options={KINDS.map((kind) => ({ value: kind.value, label: i18n._(kind.label) }))}
          onChange={(kind) => set({ kind, when: kind === 'reference' ? null : (properties.when ?? EMPTY_TIME) })}
        />
        <TextField
          label={i18n._({ id: 'editor.incident.title', message: 'Title' })}
          hint={i18n._({
            id: 'editor.incident.titleHint',
            message: 'A few words for the list and the popup: “Missile strike on the city”.',
          })}
          path={[...propertiesPath, 'title']}
          value={properties.title}
          onChange={(title) => set({ title }, 'title')}
        />
        <TextField
          label={i18n._({ id: 'editor.incident.summary', message: 'Summary' })}
          hint={i18n._({
            id: 'editor.incident.summaryHint',
            message: 'What happened, in a sentence or two, saying who says so.',
          })}
          path={[...propertiesPath, 'summary']}
          value={properties.summary}
          multiline
          onChange={(summary) => set({ summary }, 'summary')}
        />
      </fieldset>
      {properties.when !== null && (
        <fieldset className="editor-fieldset">
          <legend>{i18n._({ id: 'editor.incident.when', message: 'When' })}</legend>
          <div className="editor-columns editor-columns--tight">
            <TextField
              label={i18n._({ id: 'editor.incident.date', message: 'Date (local)' })}
              hint={i18n._({ id: 'editor.incident.dateHint', message: 'The day it happened, where it happened.' })}
              type="date"
              path={[...propertiesPath, 'when', 'date']}
              value={when.date}
              onChange={(date) => setWhen({ date }, 'when.date')}
            />
            <SelectField
              label={i18n._({ id: 'editor.incident.precision', message: 'How precise is the time?' })}
              hint={i18n._({
                id: 'editor.incident.precisionHint',
                message: 'Choose “only the day” when no time is reported.',
              })}
              path={[...propertiesPath, 'when', 'precision']}
              value={when.precision}
              options={TIME_PRECISIONS.map((option) => ({ value: option.value, label: i18n._(option.label) }))}
              onChange={(precision) =>
                setWhen({ precision, time: precision === 'day' ? null : (when.time ?? '12:00') })
              }
            />
            {when.precision !== 'day' && (
              <TextField
                label={i18n._({ id: 'editor.incident.time', message: 'Time (local)' })}
                hint={i18n._({ id: 'editor.incident.timeHint', message: '24-hour clock, local to the place.' })}
                type="time"
                path={[...propertiesPath, 'when', 'time']}
                value={when.time ?? ''}
                onChange={(time) => setWhen({ time: time === '' ? null : time }, 'when.time')}
              />
            )}
            <TextField
              label={i18n._({ id: 'editor.incident.offset', message: 'UTC offset' })}
              hint={i18n._({
                id: 'editor.incident.offsetHint',
                message: 'e.g. +05:00; filled from the point’s time zone.',
              })}
              path={[...propertiesPath, 'when', 'utcOffset']}
              value={when.utcOffset}
              onChange={(utcOffset) => setWhen({ utcOffset }, 'when.utcOffset')}
            />
            <TextField
              label={i18n._({ id: 'editor.incident.zone', message: 'Time zone' })}
              hint={i18n._({
                id: 'editor.incident.zoneHint',
                message: 'The zone’s name, e.g. “Central European Standard Time”, not an abbreviation.',
              })}
              path={[...propertiesPath, 'when', 'zone']}
              value={when.zone}
              onChange={(zone) => setWhen({ zone }, 'when.zone')}
            />
          </div>
          {zoneHere !== null && (zoneHere.zone !== when.zone || zoneHere.utcOffset !== when.utcOffset) && (
            <p>
              {i18n._({
                id: 'editor.incident.zoneHere',
                message: 'At the point on that day: {zone} ({ianaZone}), UTC{offset}.',
                values: { zone: isolate(i18n, zoneHere.zone), ianaZone: zoneHere.ianaZone, offset: zoneHere.utcOffset },
              })}{' '}
              <button type="button" onClick={() => setWhen({ zone: zoneHere.zone, utcOffset: zoneHere.utcOffset })}>
                {i18n._({ id: 'editor.incident.useZone', message: 'Use this zone' })}
              </button>
            </p>
          )}
          <TextField
            label={i18n._({ id: 'editor.incident.timeNote', message: 'Note on the time' })}
            hint={i18n._({
              id: 'editor.incident.timeNoteHint',
              message: 'How the sources word the time, where they differ; may be left empty.',
            })}
            path={[...propertiesPath, 'when', 'note']}
            value={when.note ?? ''}
            onChange={(note) => setWhen({ note: note === '' ? null : note }, 'when.note')}
          />
        </fieldset>
      )}
      <fieldset className="editor-fieldset">
        <legend>{i18n._({ id: 'editor.incident.who', message: 'Who' })}</legend>
        <div className="editor-columns editor-columns--tight">
          <TextField
            label={i18n._({ id: 'editor.incident.actor', message: 'Who acted' })}
            hint={i18n._({
              id: 'editor.incident.actorHint',
              message: 'The party that struck or spoke, as the sources name it.',
            })}
            path={[...propertiesPath, 'actors', 'initiator', 'name']}
            value={properties.actors.initiator.name}
            onChange={(name) =>
              set({ actors: { ...properties.actors, initiator: { ...properties.actors.initiator, name } } }, 'actor')
            }
          />
          <TextField
            label={i18n._({ id: 'editor.incident.party', message: 'Their side' })}
            hint={i18n._({
              id: 'editor.incident.partyHint',
              message: 'A country or organisation, for the map’s colours: “United Nations”.',
            })}
            path={[...propertiesPath, 'actors', 'initiator', 'party']}
            value={properties.actors.initiator.party}
            onChange={(party) =>
              set({ actors: { ...properties.actors, initiator: { ...properties.actors.initiator, party } } }, 'party')
            }
          />
          <TextField
            label={i18n._({ id: 'editor.incident.target', message: 'Target' })}
            hint={i18n._({
              id: 'editor.incident.targetHint',
              message: 'What was aimed at or addressed, neutrally described; may be left empty.',
            })}
            path={[...propertiesPath, 'actors', 'target']}
            value={properties.actors.target ?? ''}
            onChange={(target) =>
              set({ actors: { ...properties.actors, target: target === '' ? null : target } }, 'target')
            }
          />
          <TextField
            label={i18n._({ id: 'editor.incident.targetCountry', message: 'Country of the target' })}
            hint={i18n._({
              id: 'editor.incident.targetCountryHint',
              message: 'The country where what was aimed at lies, as the sources name it; may be left empty.',
            })}
            path={[...propertiesPath, 'actors', 'targetCountry']}
            value={properties.actors.targetCountry ?? ''}
            onChange={(targetCountry) =>
              set(
                { actors: { ...properties.actors, targetCountry: targetCountry === '' ? null : targetCountry } },
                'targetCountry',
              )
            }
          />
        </div>
      </fieldset>
      <ClaimFields properties={properties} path={propertiesPath} set={set} passages={passages} />
      <CasualtyFields properties={properties} path={propertiesPath} set={set} />
      <SourceFields properties={properties} path={propertiesPath} set={set} />
      <ReportedDistanceFields properties={properties} path={propertiesPath} set={set} />
      <NoteFields properties={properties} path={propertiesPath} set={set} />
    </>
  );
}
