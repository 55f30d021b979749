import type { Credit } from '../model/story.ts';

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
            {credit.what}:{' '}
            {credit.url === null ? (
              credit.source
            ) : (
              <a href={credit.url} target="_blank" rel="noopener noreferrer">
                {credit.source}
              </a>
            )}{' '}
            ({credit.license})
          </li>
        ))}
      </ul>
    </details>
  );
}
