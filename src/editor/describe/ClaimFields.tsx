import type { Passage } from '../../model/article.ts';
import type { Citation, Claim, OutsideSource } from '../../model/incident.ts';
import { freeId } from '../draft/storyDraft.ts';
import { SelectField, TextField } from '../form/Field.tsx';
import type { IncidentSectionProps } from './incidentSection.ts';
import { isolate } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';

function citationWords(citation: Citation, passages: readonly Passage[], i18n: I18n): string {
  if (citation.type === 'outside')
    return i18n._({
      id: 'editor.claim.fromOutside',
      message: 'from the outside source “{source}”',
      values: { source: isolate(i18n, citation.sourceId) },
    });
  const passage = passages.find((candidate) => candidate.id === citation.quote.passageId);
  return i18n._({
    id: 'editor.claim.quoteIn',
    message: '“{words}” (¶{number})',
    values: { words: isolate(i18n, citation.quote.exact), number: passage?.number ?? citation.quote.passageId },
  });
}

export type OutsideCitation = Extract<Citation, { type: 'outside' }>;

interface OutsideCitationFieldsProps {
  label: string;
  citation: OutsideCitation;
  sources: readonly OutsideSource[];
  path: readonly PropertyKey[];
  onChange: (citation: OutsideCitation, field: string) => void;
}

/** Which outside source backs a claim, and its words (or, where none are quoted, that the claim paraphrases it). */
export function OutsideCitationFields({ label, citation, sources, path, onChange }: OutsideCitationFieldsProps) {
  const i18n = useI18n();
  const { words, paraphrase, ...rest } = citation;
  return (
    <>
      <SelectField
        label={i18n._({ id: 'editor.claim.whichSource', message: '{label}: which source', values: { label } })}
        hint={i18n._({ id: 'editor.claim.sourceHint', message: 'One of this incident’s outside sources.' })}
        path={[...path, 'sourceId']}
        value={citation.sourceId}
        options={sources.map((source) => ({ value: source.id, label: source.title || source.id }))}
        onChange={(sourceId) => onChange({ ...citation, sourceId }, 'source')}
      />
      <TextField
        label={i18n._({ id: 'editor.claim.sourceWords', message: '{label}: the source’s words', values: { label } })}
        hint={i18n._({
          id: 'editor.claim.wordsHint',
          message: 'Its own few words that support the claim; leave empty only for a paraphrase.',
        })}
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
        {i18n._({
          id: 'editor.claim.paraphrase',
          message: '{label} paraphrases the source (no words quoted)',
          values: { label },
        })}
      </label>
    </>
  );
}

/** The incident's claims, each with who made it and the words that back it. */
export function ClaimFields({
  properties,
  path,
  set,
  passages,
}: IncidentSectionProps & { passages: readonly Passage[] }) {
  const i18n = useI18n();
  const claimLabel = (index: number) =>
    i18n._({ id: 'editor.claim.label', message: 'Claim {number, number}', values: { number: index + 1 } });
  const setClaim = (index: number, change: Partial<Claim>, field: string) =>
    set({ claims: properties.claims.map((claim, at) => (at === index ? { ...claim, ...change } : claim)) }, field);
  return (
    <fieldset className="editor-fieldset">
      <legend>{i18n._({ id: 'editor.claim.legend', message: 'Claims' })}</legend>
      <p className="editor-field__hint">
        {i18n._({
          id: 'editor.claim.hint',
          message:
            'Each claim is something a named party said, backed by the article’s words (cite more under “Cite”).',
        })}
      </p>
      <ol className="editor-records">
        {properties.claims.map((claim, index) => (
          <li key={claim.id} className="editor-record">
            <p className="editor-record__quote">
              {i18n._({
                id: 'editor.claim.quoted',
                message: '{claim}: {words}',
                values: { claim: claimLabel(index), words: citationWords(claim.citation, passages, i18n) },
              })}
            </p>
            <TextField
              label={i18n._({
                id: 'editor.claim.by',
                message: '{claim}: who says so',
                values: { claim: claimLabel(index) },
              })}
              hint={i18n._({
                id: 'editor.claim.byHint',
                message: 'The claimant: “The army, in a statement”, “The article”.',
              })}
              path={[...path, 'claims', index, 'by']}
              value={claim.by}
              onChange={(by) => setClaim(index, { by }, `claim.${claim.id}.by`)}
            />
            <TextField
              label={i18n._({
                id: 'editor.claim.statement',
                message: '{claim}: what they say',
                values: { claim: claimLabel(index) },
              })}
              hint={i18n._({ id: 'editor.claim.statementHint', message: 'In plain words, attributed.' })}
              path={[...path, 'claims', index, 'statement']}
              value={claim.statement}
              multiline
              onChange={(statement) => setClaim(index, { statement }, `claim.${claim.id}.statement`)}
            />
            {claim.citation.type === 'outside' && (
              <OutsideCitationFields
                label={claimLabel(index)}
                citation={claim.citation}
                sources={properties.sources}
                path={[...path, 'claims', index, 'citation']}
                onChange={(citation, field) => setClaim(index, { citation }, `claim.${claim.id}.${field}`)}
              />
            )}
            <button type="button" onClick={() => set({ claims: properties.claims.filter((_, at) => at !== index) })}>
              {i18n._({
                id: 'editor.claim.remove',
                message: 'Remove claim {number, number}',
                values: { number: index + 1 },
              })}
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
        {i18n._({ id: 'editor.claim.addOutside', message: 'Add a claim from an outside source' })}
      </button>
      {properties.sources.length === 0 && (
        <p className="editor-field__hint">
          {i18n._({
            id: 'editor.claim.sourceFirst',
            message: 'Add an outside source below first; its claims then quote its words.',
          })}
        </p>
      )}
    </fieldset>
  );
}
