import type { Credit } from '../../model/story.ts';
import { ExternalLink } from '../../ui/ExternalLink.tsx';

interface CreditsListProps {
  credits: readonly Credit[];
}

/** Where the data comes from and under which licence, in the page itself (the map's own attribution is Leaflet's). */
export function CreditsList({ credits }: CreditsListProps) {
  return (
    <details className="credits">
      <summary>Sources and licences</summary>
      <ul>
        {credits.map((credit) => (
          <li key={`${credit.what}-${credit.source}`}>
            <bdi>{credit.what}</bdi>: <ExternalLink href={credit.url}>{credit.source}</ExternalLink> (
            <bdi>{credit.license}</bdi>)
            {credit.note !== undefined && (
              <>
                {' '}
                <bdi>{credit.note}</bdi>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
