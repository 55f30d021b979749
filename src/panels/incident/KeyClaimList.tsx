import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { Claim } from '../../model/incident.ts';
import { CitationNote } from './CitationNote.tsx';

interface KeyClaimListProps {
  claims: readonly Claim[];
}

/** A popup's first screen names this many claims at most; the full record below has every one. */
const MOST_KEY_CLAIMS = 4;

/**
 * The claims a first glance needs: those the article itself reports, with its words, or, for a story that cites no
 * article, the first few. Who claims what, a line each; everything else is in the full record.
 */
export function keyClaims(claims: readonly Claim[]): Claim[] {
  const fromArticle = claims.filter((claim) => claim.citation.type === 'article');
  return (fromArticle.length > 0 ? fromArticle : claims).slice(0, MOST_KEY_CLAIMS);
}

export function KeyClaimList({ claims }: KeyClaimListProps) {
  const i18n = useI18n();
  return (
    <ul className="key-claims" aria-label={i18n._({ id: 'popup.keyClaims', message: 'Who claims what' })}>
      {keyClaims(claims).map((claim) => (
        <li key={claim.id} className="key-claim">
          <StoryText as="strong" className="key-claim__by">
            {claim.by}:
          </StoryText>{' '}
          {claim.citation.type === 'article' ? null : (
            <>
              <StoryText>{claim.statement}</StoryText>{' '}
            </>
          )}
          <CitationNote citation={claim.citation} />
        </li>
      ))}
    </ul>
  );
}
