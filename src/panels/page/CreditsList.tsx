import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { Credit } from '../../model/story.ts';
import { ExternalLink } from '../../ui/ExternalLink.tsx';

interface CreditsListProps {
  credits: readonly Credit[];
}

/** Where the data comes from and under which licence, in the page itself (the map's own attribution is Leaflet's). */
export function CreditsList({ credits }: CreditsListProps) {
  const i18n = useI18n();
  return (
    <details className="credits">
      <summary>{i18n._({ id: 'credits.heading', message: 'Sources and licences' })}</summary>
      <ul>
        {credits.map((credit) => (
          <li key={`${credit.what}-${credit.source}`}>
            <StoryText>{credit.what}</StoryText>:{' '}
            <ExternalLink href={credit.url}>
              <StoryText>{credit.source}</StoryText>
            </ExternalLink>{' '}
            (<bdi>{credit.license}</bdi>)
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
