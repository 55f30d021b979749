import type { Passage } from '../../model/article.ts';
import type { Citation, Claim, OutsideSource } from '../../model/incident.ts';
import { freeId } from '../draft/storyDraft.ts';
import { SelectField, TextField } from '../form/Field.tsx';
import type { IncidentSectionProps } from './incidentSection.ts';

function citationWords(citation: Citation, passages: readonly Passage[]): string {
  if (citation.type === 'outside') return `from the outside source “${citation.sourceId}”`;
  const passage = passages.find((candidate) => candidate.id === citation.quote.passageId);
  return `“${citation.quote.exact}” (¶${passage?.number ?? citation.quote.passageId})`;
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

/** The incident's claims, each with who made it and the words that back it. */
export function ClaimFields({
  properties,
  path,
  set,
  passages,
}: IncidentSectionProps & { passages: readonly Passage[] }) {
  const setClaim = (index: number, change: Partial<Claim>, field: string) =>
    set({ claims: properties.claims.map((claim, at) => (at === index ? { ...claim, ...change } : claim)) }, field);
  return (
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
              path={[...path, 'claims', index, 'by']}
              value={claim.by}
              onChange={(by) => setClaim(index, { by }, `claim.${claim.id}.by`)}
            />
            <TextField
              label={`Claim ${index + 1}: what they say`}
              hint="In plain words, attributed."
              path={[...path, 'claims', index, 'statement']}
              value={claim.statement}
              multiline
              onChange={(statement) => setClaim(index, { statement }, `claim.${claim.id}.statement`)}
            />
            {claim.citation.type === 'outside' && (
              <OutsideCitationFields
                label={`Claim ${index + 1}`}
                citation={claim.citation}
                sources={properties.sources}
                path={[...path, 'claims', index, 'citation']}
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
  );
}
