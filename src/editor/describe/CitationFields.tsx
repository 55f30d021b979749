import type { Citation, Claim, OutsideSource } from '../../model/incident.ts';
import { SelectField } from '../form/Field.tsx';
import { OutsideCitationFields } from './ClaimFields.tsx';
import type { MessageDescriptor } from '../../i18n/i18n.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { shortWords } from '../form/shortWords.ts';

type ArticleCitation = Extract<Citation, { type: 'article' }>;
type CitationKind = Citation['type'];

/** A claim of the incident that quotes the article: what a casualty figure or a reported distance may rest on. */
type ArticleClaim = Claim & { citation: ArticleCitation };

const CITATION_KINDS: readonly { value: CitationKind; label: MessageDescriptor }[] = [
  { value: 'article', label: /*i18n*/ { id: 'editor.citation.fromArticle', message: 'Words of the article' } },
  { value: 'outside', label: /*i18n*/ { id: 'editor.citation.fromOutside', message: 'An outside source' } },
];

/**
 * What a new figure or distance of this kind rests on at first: the incident's first quote of the article, or its
 * first outside source; null when it has none of that kind. A record rests only on words a claim of the same incident
 * cites, or on one of its sources, so the editor never offers a citation the checks would refuse.
 */
function firstCitation(
  kind: CitationKind,
  { claims, sources }: { claims: readonly Claim[]; sources: readonly OutsideSource[] },
): Citation | null {
  if (kind === 'article') return claimsQuotingArticle(claims)[0]?.citation ?? null;
  const [source] = sources;
  return source === undefined ? null : { type: 'outside', sourceId: source.id };
}

/** What a new figure or distance rests on at first: the incident's first quote of the article, else its first source. */
export function newRecordCitation(incident: {
  claims: readonly Claim[];
  sources: readonly OutsideSource[];
}): Citation | null {
  return firstCitation('article', incident) ?? firstCitation('outside', incident);
}

function claimsQuotingArticle(claims: readonly Claim[]): ArticleClaim[] {
  return claims.filter((claim): claim is ArticleClaim => claim.citation.type === 'article');
}

/** Which of the words its incident's claims quote from the article the record rests on. */
function ArticleQuoteField({
  label,
  citation,
  claims,
  path,
  onChange,
}: Omit<CitationFieldsProps, 'citation' | 'sources'> & { citation: ArticleCitation }) {
  const i18n = useI18n();
  const choices = claimsQuotingArticle(claims);
  // Citations are plain data from the draft: the same words and anchors are the same citation.
  const chosen = choices.findIndex((claim) => JSON.stringify(claim.citation) === JSON.stringify(citation));
  const words = (quoted: ArticleCitation) => `“${shortWords(quoted.quote.exact, 80)}”`;
  return (
    <SelectField
      label={i18n._({
        id: 'editor.citation.quote',
        message: '{record}: the article’s words',
        values: { record: label },
      })}
      hint={i18n._({ id: 'editor.citation.quoteHint', message: 'One of this incident’s quotes from the article.' })}
      path={path}
      value={String(chosen)}
      options={choices.map((claim, at) => ({ value: String(at), label: words(claim.citation) }))}
      // A quote no claim cites any more (its claim was removed) is said, never shown as another one.
      unlistedLabel={words(citation)}
      onChange={(at) => {
        const claim = choices[Number(at)];
        if (claim !== undefined) onChange(claim.citation, 'citation');
      }}
    />
  );
}

interface CitationFieldsProps {
  /** The record's name as its other fields give it: "Figure 2", "Distance 1". */
  label: string;
  citation: Citation;
  /** The incident's claims and outside sources: what the record may rest on. */
  claims: readonly Claim[];
  sources: readonly OutsideSource[];
  /** The citation's path in the story, for its problems. */
  path: readonly PropertyKey[];
  onChange: (citation: Citation, field: string) => void;
}

/**
 * Where a casualty figure or a reported distance is said: the article's words (one the incident's claims quote) or an
 * outside source of the incident, with its words or as a paraphrase.
 */
export function CitationFields({ label, citation, claims, sources, path, onChange }: CitationFieldsProps) {
  const i18n = useI18n();
  return (
    <>
      <SelectField
        label={i18n._({ id: 'editor.citation.kind', message: '{record}: where it is said', values: { record: label } })}
        hint={i18n._({
          id: 'editor.citation.kindHint',
          message: 'The article’s words, or an outside source of this incident.',
        })}
        path={[...path, 'type']}
        value={citation.type}
        options={CITATION_KINDS.filter(
          (kind) => citation.type === kind.value || firstCitation(kind.value, { claims, sources }) !== null,
        ).map((kind) => ({ value: kind.value, label: i18n._(kind.label) }))}
        onChange={(kind) => {
          const next = firstCitation(kind, { claims, sources });
          if (next !== null) onChange(next, 'citation');
        }}
      />
      {citation.type === 'article' ? (
        <ArticleQuoteField label={label} citation={citation} claims={claims} path={path} onChange={onChange} />
      ) : (
        <OutsideCitationFields label={label} citation={citation} sources={sources} path={path} onChange={onChange} />
      )}
    </>
  );
}
