import type { Passage } from '../../model/article.ts';
import type {
  CasualtyFigure,
  Citation,
  Claim,
  HeadCount,
  Incident,
  IncidentKind,
  IncidentProperties,
  IncidentTime,
  OutsideSource,
  TimePrecision,
} from '../../model/incident.ts';
import { freeId } from '../draft/storyDraft.ts';
import { Field, NumberField, SelectField, TextField } from '../form/Field.tsx';
import { zoneAt } from '../place/zoneAt.ts';

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

function citationWords(citation: Citation, passages: readonly Passage[]): string {
  if (citation.type === 'outside') return `from the outside source “${citation.sourceId}”`;
  const passage = passages.find((candidate) => candidate.id === citation.quote.passageId);
  return `“${citation.quote.exact}” (¶${passage?.number ?? citation.quote.passageId})`;
}

function headCount(value: number | null, atLeast: boolean): HeadCount | null {
  return value === null ? null : { value, atLeast };
}

type OutsideCitation = Extract<Citation, { type: 'outside' }>;

interface OutsideCitationFieldsProps {
  label: string;
  citation: OutsideCitation;
  sources: readonly OutsideSource[];
  path: readonly PropertyKey[];
  onChange: (citation: OutsideCitation, field: string) => void;
}

/** Which outside source backs a claim, and its words (or, where none are quoted, that the claim paraphrases it). */
function OutsideCitationFields({ label, citation, sources, path, onChange }: OutsideCitationFieldsProps) {
  const { words, paraphrase, ...rest } = citation;
  return (
    <>
      <SelectField
        label={`${label}: which source`}
        hint="One of this incident’s outside sources."
        path={[...path, 'sourceId']}
        value={citation.sourceId}
        options={sources.map((source) => ({ value: source.id, label: source.title || source.id }))}
        onChange={(sourceId) => onChange({ ...citation, sourceId }, 'source')}
      />
      <TextField
        label={`${label}: the source’s words`}
        hint="Its own few words that support the claim; leave empty only for a paraphrase."
        path={path}
        value={words ?? ''}
        multiline
        onChange={(typed) =>
          onChange(
            typed === '' ? { ...rest, ...(paraphrase ? { paraphrase } : {}) } : { ...rest, words: typed },
            'words',
          )
        }
      />
      <label className="editor-check">
        <input
          type="checkbox"
          checked={paraphrase === true}
          disabled={words !== undefined}
          onChange={(event) =>
            onChange(event.target.checked ? { ...rest, paraphrase: true } : { ...rest }, 'paraphrase')
          }
        />{' '}
        {label} paraphrases the source (no words quoted)
      </label>
    </>
  );
}

/** The incident in words: what, when (with zone), who, the claims with who made each, figures, outside sources. */
export function IncidentForm({ incident, path, passages, onChange }: IncidentFormProps) {
  const properties = incident.properties;
  const propertiesPath = [...path, 'properties'];
  const set = (change: Partial<IncidentProperties>, field?: string) =>
    onChange({ ...incident, properties: { ...properties, ...change } }, field);
  const when = properties.when ?? EMPTY_TIME;
  const setWhen = (change: Partial<IncidentTime>, field?: string) => set({ when: { ...when, ...change } }, field);
  const setClaim = (index: number, change: Partial<Claim>, field: string) =>
    set({ claims: properties.claims.map((claim, at) => (at === index ? { ...claim, ...change } : claim)) }, field);
  const setFigure = (index: number, change: Partial<CasualtyFigure>, field: string) =>
    set(
      { casualties: properties.casualties.map((figure, at) => (at === index ? { ...figure, ...change } : figure)) },
      field,
    );
  const setSource = (index: number, change: Partial<OutsideSource>, field: string) =>
    set({ sources: properties.sources.map((source, at) => (at === index ? { ...source, ...change } : source)) }, field);
  const articleCitations = properties.claims.flatMap((claim) => (claim.citation.type === 'article' ? [claim] : []));
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
      <fieldset className="editor-fieldset">
        <legend>Claims</legend>
        <p className="editor-field__hint">
          Each claim is something a named party said, backed by the article’s words (cite more under “Cite”).
        </p>
        <ol className="editor-records">
          {properties.claims.map((claim, index) => (
            <li key={claim.id} className="editor-record">
              <p className="editor-record__quote">
                Claim {index + 1}: {citationWords(claim.citation, passages)}
              </p>
              <TextField
                label={`Claim ${index + 1}: who says so`}
                hint="The claimant: “The army, in a statement”, “The article”."
                path={[...propertiesPath, 'claims', index, 'by']}
                value={claim.by}
                onChange={(by) => setClaim(index, { by }, `claim.${claim.id}.by`)}
              />
              <TextField
                label={`Claim ${index + 1}: what they say`}
                hint="In plain words, attributed."
                path={[...propertiesPath, 'claims', index, 'statement']}
                value={claim.statement}
                multiline
                onChange={(statement) => setClaim(index, { statement }, `claim.${claim.id}.statement`)}
              />
              {claim.citation.type === 'outside' && (
                <OutsideCitationFields
                  label={`Claim ${index + 1}`}
                  citation={claim.citation}
                  sources={properties.sources}
                  path={[...propertiesPath, 'claims', index, 'citation']}
                  onChange={(citation, field) => setClaim(index, { citation }, `claim.${claim.id}.${field}`)}
                />
              )}
              <button type="button" onClick={() => set({ claims: properties.claims.filter((_, at) => at !== index) })}>
                Remove claim {index + 1}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          disabled={properties.sources.length === 0}
          onClick={() => {
            const [source] = properties.sources;
            if (source === undefined) return;
            const id = freeId(
              `claim-${properties.claims.length + 1}`,
              properties.claims.map((claim) => claim.id),
            );
            const claim: Claim = { id, by: '', statement: '', citation: { type: 'outside', sourceId: source.id } };
            set({ claims: [...properties.claims, claim] });
          }}
        >
          Add a claim from an outside source
        </button>
        {properties.sources.length === 0 && (
          <p className="editor-field__hint">Add an outside source below first; its claims then quote its words.</p>
        )}
      </fieldset>
      <fieldset className="editor-fieldset">
        <legend>Casualty figures</legend>
        <p className="editor-field__hint">
          Each figure is one party’s count, kept beside who gave it; rival counts are never merged.
        </p>
        <ol className="editor-records">
          {properties.casualties.map((figure, index) => (
            <li key={index} className="editor-record">
              <TextField
                label={`Figure ${index + 1}: who gave it`}
                hint="The claimant, as for a claim."
                path={[...propertiesPath, 'casualties', index, 'claimedBy']}
                value={figure.claimedBy}
                onChange={(claimedBy) => setFigure(index, { claimedBy }, `figure.${index}.by`)}
              />
              <div className="editor-columns editor-columns--tight">
                <NumberField
                  label={`Figure ${index + 1}: killed`}
                  hint="Empty when the figure does not say."
                  path={[...propertiesPath, 'casualties', index, 'killed']}
                  value={figure.killed?.value ?? null}
                  min={0}
                  step={1}
                  onChange={(value) =>
                    setFigure(
                      index,
                      { killed: headCount(value, figure.killed?.atLeast ?? false) },
                      `figure.${index}.killed`,
                    )
                  }
                />
                <label className="editor-check">
                  <input
                    type="checkbox"
                    checked={figure.killed?.atLeast ?? false}
                    disabled={figure.killed === null}
                    onChange={(event) =>
                      setFigure(index, { killed: headCount(figure.killed?.value ?? null, event.target.checked) }, 'x')
                    }
                  />{' '}
                  “at least” (killed)
                </label>
                <NumberField
                  label={`Figure ${index + 1}: injured`}
                  hint="Empty when the figure does not say."
                  path={[...propertiesPath, 'casualties', index, 'injured']}
                  value={figure.injured?.value ?? null}
                  min={0}
                  step={1}
                  onChange={(value) =>
                    setFigure(
                      index,
                      { injured: headCount(value, figure.injured?.atLeast ?? false) },
                      `figure.${index}.injured`,
                    )
                  }
                />
                <label className="editor-check">
                  <input
                    type="checkbox"
                    checked={figure.injured?.atLeast ?? false}
                    disabled={figure.injured === null}
                    onChange={(event) =>
                      setFigure(index, { injured: headCount(figure.injured?.value ?? null, event.target.checked) }, 'x')
                    }
                  />{' '}
                  “at least” (injured)
                </label>
              </div>
              <TextField
                label={`Figure ${index + 1}: who the casualties were`}
                hint="In the claimant’s terms: “civilians”, “militants”."
                path={[...propertiesPath, 'casualties', index, 'description']}
                value={figure.description}
                onChange={(description) => setFigure(index, { description }, `figure.${index}.description`)}
              />
              <Field
                label={`Figure ${index + 1}: the words it rests on`}
                hint="One of this incident’s quotes from the article."
                path={[...propertiesPath, 'casualties', index, 'citation']}
              >
                {(control) => (
                  <select
                    {...control}
                    value={String(
                      articleCitations.findIndex(
                        (claim) => JSON.stringify(claim.citation) === JSON.stringify(figure.citation),
                      ),
                    )}
                    onChange={(event) => {
                      const claim = articleCitations[Number(event.target.value)];
                      if (claim !== undefined) setFigure(index, { citation: claim.citation }, 'citation');
                    }}
                  >
                    {articleCitations.map((claim, at) =>
                      claim.citation.type === 'article' ? (
                        <option key={claim.id} value={String(at)}>
                          “{claim.citation.quote.exact.slice(0, 80)}”
                        </option>
                      ) : null,
                    )}
                  </select>
                )}
              </Field>
              <button
                type="button"
                onClick={() => set({ casualties: properties.casualties.filter((_, at) => at !== index) })}
              >
                Remove figure {index + 1}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          disabled={articleCitations.length === 0}
          onClick={() => {
            const first = articleCitations[0];
            if (first === undefined) return;
            const figure: CasualtyFigure = {
              claimedBy: first.by,
              killed: null,
              injured: null,
              description: '',
              citation: first.citation,
            };
            set({ casualties: [...properties.casualties, figure] });
          }}
        >
          Add a casualty figure
        </button>
      </fieldset>
      <fieldset className="editor-fieldset">
        <legend>Outside sources</legend>
        <p className="editor-field__hint">Sources beyond the article, e.g. for where a strike fell.</p>
        <ol className="editor-records">
          {properties.sources.map((source, index) => (
            <li key={source.id} className="editor-record">
              <TextField
                label={`Source ${index + 1}: title`}
                hint="The page or report’s title."
                path={[...propertiesPath, 'sources', index, 'title']}
                value={source.title}
                onChange={(title) => setSource(index, { title }, `source.${source.id}.title`)}
              />
              <TextField
                label={`Source ${index + 1}: publisher`}
                hint="Who published it."
                path={[...propertiesPath, 'sources', index, 'publisher']}
                value={source.publisher}
                onChange={(publisher) => setSource(index, { publisher }, `source.${source.id}.publisher`)}
              />
              <TextField
                label={`Source ${index + 1}: date seen`}
                hint="When you read it; may be left empty."
                type="date"
                path={[...propertiesPath, 'sources', index, 'date']}
                value={source.date ?? ''}
                onChange={(date) => setSource(index, { date: date === '' ? null : date }, `source.${source.id}.date`)}
              />
              <TextField
                label={`Source ${index + 1}: web address`}
                hint="Starting https://."
                type="url"
                path={[...propertiesPath, 'sources', index, 'url']}
                value={source.url}
                onChange={(url) => setSource(index, { url }, `source.${source.id}.url`)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => {
            const id = freeId(
              `source-${properties.sources.length + 1}`,
              properties.sources.map((source) => source.id),
            );
            set({ sources: [...properties.sources, { id, title: '', publisher: '', date: null, url: '' }] });
          }}
        >
          Add an outside source
        </button>
      </fieldset>
    </>
  );
}
