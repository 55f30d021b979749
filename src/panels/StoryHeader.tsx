import { formatCalendarDate } from '../data/formatCalendarDate.ts';
import type { Story } from '../model/story.ts';

interface StoryHeaderProps {
  /** Null until the story has loaded: the header then names only the app. */
  story: Story | null;
}

/** The story's title, and the article it is told from, linked to where it was published. */
export function StoryHeader({ story }: StoryHeaderProps) {
  if (story === null) {
    return (
      <header className="story-header">
        <h1>Citemap</h1>
      </header>
    );
  }
  const { article } = story;
  return (
    <header className="story-header">
      <h1>{story.title}</h1>
      <p className="story-header__source">
        As reported in{' '}
        {article.url === null ? (
          article.title
        ) : (
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {article.title}
          </a>
        )}
        , {article.publisher}
        {article.publishedAt !== null && `, ${formatCalendarDate(article.publishedAt.local.slice(0, 10))}`}
        {article.byline !== null && `, by ${article.byline}`}
      </p>
    </header>
  );
}
