import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import type { OutsideSource } from '../../model/incident.ts';
import { ExternalLink } from '../../ui/ExternalLink.tsx';

interface OutsideSourceLinkProps {
  source: OutsideSource;
}

/** A source outside the article, opened in a new tab so the map stays where the reader left it. */
export function OutsideSourceLink({ source }: OutsideSourceLinkProps) {
  return (
    <span className="outside-source">
      <ExternalLink href={source.url}>{source.title}</ExternalLink>, <bdi>{source.publisher}</bdi>
      {source.date !== null && `, ${formatCalendarDate(source.date)}`}
    </span>
  );
}
