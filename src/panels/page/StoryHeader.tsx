import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import type { Story } from '../../model/story.ts';
import { ExternalLink } from '../../ui/ExternalLink.tsx';
import { OpenStoryFileButton } from '../storyFile/OpenStoryFileButton.tsx';

interface StoryHeaderProps {
  /** Null until the story has loaded: the header then names only the app. */
  story: Story | null;
  /** A file the reader chose, to open as the story. */
  onOpenFile: (file: File) => void;
}

function StorySourceLine({ story }: { story: Story }) {
  const { article } = story;
  return (
    <p className="story-header__source">
      As reported in <ExternalLink href={article.url}>{article.title}</ExternalLink>, <bdi>{article.publisher}</bdi>
      {article.publishedAt !== null && `, ${formatCalendarDate(article.publishedAt.local.slice(0, 10))}`}
      {article.byline !== null && (
        <>
          , by <bdi>{article.byline}</bdi>
        </>
      )}
    </p>
  );
}

/**
 * The story's title, and the article it is told from, linked to where it was published; and the way to open another
 * story from a file, there even when the story failed to load.
 */
export function StoryHeader({ story, onOpenFile }: StoryHeaderProps) {
  return (
    <header className="story-header">
      <div className="story-header__text">
        <h1>{story === null ? 'Citemap' : story.title}</h1>
        {story !== null && <StorySourceLine story={story} />}
      </div>
      <OpenStoryFileButton onFile={onOpenFile} />
    </header>
  );
}
