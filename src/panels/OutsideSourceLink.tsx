import { formatCalendarDate } from '../data/formatCalendarDate.ts';
import type { OutsideSource } from '../model/incident.ts';

interface OutsideSourceLinkProps {
  source: OutsideSource;
}

/** A source outside the article, opened in a new tab so the map stays where the reader left it. */
export function OutsideSourceLink({ source }: OutsideSourceLinkProps) {
  return (
    <span className="outside-source">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
      , {source.publisher}
      {source.date !== null && `, ${formatCalendarDate(source.date)}`}
    </span>
  );
}
