import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import type { OutsideSource } from '../../model/incident.ts';
import { ExternalLink } from '../../ui/ExternalLink.tsx';

interface OutsideSourceLinkProps {
  source: OutsideSource;
}

/** A source outside the article, opened in a new tab so the map stays where the reader left it. */
export function OutsideSourceLink({ source }: OutsideSourceLinkProps) {
  const i18n = useI18n();
  return (
    <span className="outside-source">
      <ExternalLink href={source.url}>
        <StoryText>{source.title}</StoryText>
      </ExternalLink>
      , <StoryText>{source.publisher}</StoryText>
      {source.date !== null && `, ${formatCalendarDate(source.date, i18n)}`}
    </span>
  );
}
