import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { groupClaimsByClaimant } from '../../data/words/groupClaimsByClaimant.ts';
import type { Claim } from '../../model/incident.ts';
import { CitationNote } from './CitationNote.tsx';

interface ClaimListProps {
  claims: readonly Claim[];
}

/** Who said what, grouped by who said it, each claim with the words that report it; rival accounts side by side. */
export function ClaimList({ claims }: ClaimListProps) {
  return (
    <ul className="claim-list">
      {groupClaimsByClaimant(claims).map((group) => (
        <li key={group.by} className="claim-group">
          <StoryText as="strong" className="claim__by">
            {group.by}:
          </StoryText>
          <ul className="claim-group__claims">
            {group.claims.map((claim) => (
              <li key={claim.id} className="claim">
                <p className="claim__statement">
                  <StoryText>{claim.statement}</StoryText>
                </p>
                <p className="claim__citation">
                  <CitationNote citation={claim.citation} />
                </p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
