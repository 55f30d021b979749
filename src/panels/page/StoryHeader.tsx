import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import type { Story } from '../../model/story.ts';
import { ExternalLink } from '../../ui/ExternalLink.tsx';
import { OpenStoryFileButton } from '../storyFile/OpenStoryFileButton.tsx';
import { fullMapHref } from '../../state/embedMode.ts';
import './storyHeader.css';

interface StoryHeaderProps {
  /** Null until the story has loaded: the header then names only the app. */
  story: Story | null;
  /** A file the reader chose, to open as the story. */
  onOpenFile: (file: File) => void;
  /** Framed in another page: one line, the title and a way out to the full map, no file opening. */
  embedded?: boolean;
  /** Opens the story editor: on a new story, or (when a story is on screen) on this one. */
  onEdit?: (thisStory: boolean) => void;
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

function refreshFullMapHref(event: { currentTarget: HTMLAnchorElement }) {
  event.currentTarget.href = fullMapHref(window.location.href);
}

/**
 * The story's title, and the article it is told from, linked to where it was published; and the way to open another
 * story from a file, there even when the story failed to load.
 */
export function StoryHeader({ story, onOpenFile, embedded = false, onEdit }: StoryHeaderProps) {
  if (embedded) {
    return (
      <header className="story-header story-header--embed">
        <h1 className="story-header__embed-title">{story === null ? 'Citemap' : story.title}</h1>
        <a
          className="story-header__full-map"
          href={fullMapHref(window.location.href)}
          target="_blank"
          rel="noopener"
          // The view lives in the address and changes without re-rendering this header: read it when the link is used.
          onFocus={refreshFullMapHref}
          onMouseEnter={refreshFullMapHref}
          onClick={refreshFullMapHref}
          onAuxClick={refreshFullMapHref}
        >
          Open the full map<span className="visually-hidden"> (opens in a new tab)</span> ↗
        </a>
      </header>
    );
  }
  return (
    <header className="story-header">
      <div className="story-header__text">
        <h1>{story === null ? 'Citemap' : story.title}</h1>
        {story !== null && <StorySourceLine story={story} />}
      </div>
      <OpenStoryFileButton onFile={onOpenFile} />
      {onEdit && (
        <>
          {' '}
          <button type="button" className="open-story-file" onClick={() => onEdit(false)}>
            New story
          </button>
          {story !== null && (
            <>
              {' '}
              <button type="button" className="open-story-file" onClick={() => onEdit(true)}>
                Edit this story
              </button>
            </>
          )}
        </>
      )}
    </header>
  );
}
