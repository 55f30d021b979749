import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { groupClaimsByClaimant } from '../../data/words/groupClaimsByClaimant.ts';
import type { Passage } from '../../model/article.ts';
import type { Claim, OutsideSource } from '../../model/incident.ts';
import { CitationNote } from './CitationNote.tsx';

interface ClaimListProps {
  claims: readonly Claim[];
  passages: readonly Passage[];
  sources: readonly OutsideSource[];
  onShowPassage?: (passageId: string) => void;
}

/** Who said what, grouped by who said it, each claim with the words that report it; rival accounts side by side. */
export function ClaimList({ claims, passages, sources, onShowPassage }: ClaimListProps) {
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
                  <CitationNote
                    citation={claim.citation}
                    passages={passages}
                    sources={sources}
                    onShowPassage={onShowPassage}
                  />
                </p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
