import { TranslationNote } from '../../ui/i18n/TranslationNote.tsx';
import { AuthorText, StoryLanguageContext, useStoryTranslation } from '../../ui/i18n/StoryText.tsx';
import { languageTagOrNull } from '../../data/words/languageTagOrNull.ts';
import { useMemo } from 'react';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { formatCalendarDate } from '../../data/time/formatCalendarDate.ts';
import type { Story } from '../../model/story.ts';
import { ExternalLink } from '../../ui/ExternalLink.tsx';
import { OpenStoryFileButton } from '../storyFile/OpenStoryFileButton.tsx';
import { fullMapHref } from '../../state/embedMode.ts';
import { LanguageMenu } from './LanguageMenu.tsx';
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
  const i18n = useI18n();
  const values = {
    date: article.publishedAt === null ? '' : formatCalendarDate(article.publishedAt.local.slice(0, 10), i18n),
  };
  const nodes = {
    title: (
      <ExternalLink href={article.url}>
        <StoryText>{article.title}</StoryText>
      </ExternalLink>
    ),
    publisher: <StoryText>{article.publisher}</StoryText>,
    byline: <StoryText>{article.byline}</StoryText>,
  };
  const descriptor =
    article.publishedAt === null
      ? article.byline === null
        ? /*i18n*/ { id: 'header.source', message: 'As reported in {title}, {publisher}' }
        : /*i18n*/ { id: 'header.sourceBy', message: 'As reported in {title}, {publisher}, by {byline}' }
      : article.byline === null
        ? /*i18n*/ { id: 'header.sourceDated', message: 'As reported in {title}, {publisher}, {date}' }
        : /*i18n*/ { id: 'header.sourceDatedBy', message: 'As reported in {title}, {publisher}, {date}, by {byline}' };
  return <p className="story-header__source">{translateNodes(i18n, descriptor, nodes, values)}</p>;
}

function StoryTitle({ story }: { story: Story }) {
  const translation = useStoryTranslation(story.translations);
  return <AuthorText original={story.title} translated={translation?.title} />;
}

function StoryTranslationNote({ story }: { story: Story }) {
  const translation = useStoryTranslation(story.translations);
  return translation === null ? null : <TranslationNote translation={translation} />;
}

function refreshFullMapHref(event: { currentTarget: HTMLAnchorElement }) {
  event.currentTarget.href = fullMapHref(window.location.href);
}

/**
 * The story's title, and the article it is told from, linked to where it was published; and the way to open another
 * story from a file, there even when the story failed to load.
 */
export function StoryHeader({ story, onOpenFile, embedded = false, onEdit }: StoryHeaderProps) {
  const i18n = useI18n();
  const title = story === null ? 'Citemap' : <StoryTitle story={story} />;
  // Rendered outside the loaded story's providers: the header says the story's language itself.
  const storyLanguage = useMemo(
    () => ({
      language: story === null ? null : languageTagOrNull(story.article.language),
      translations: story?.translations,
    }),
    [story],
  );
  if (embedded) {
    return (
      <header className="story-header story-header--embed">
        <h1 className="story-header__embed-title">
          <StoryLanguageContext value={storyLanguage}>{title}</StoryLanguageContext>
        </h1>
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
          {i18n._({ id: 'header.openFullMap', message: 'Open the full map' })}
          <span className="visually-hidden">{i18n._({ id: 'common.newTab', message: ' (opens in a new tab)' })}</span> ↗
        </a>
      </header>
    );
  }
  return (
    <header className="story-header">
      <div className="story-header__text">
        <StoryLanguageContext value={storyLanguage}>
          <h1>{title}</h1>
          {story !== null && <StorySourceLine story={story} />}
          {/* While the story loads, the room its source line will take: the map below must not jump (layout shift). */}
          {story === null && (
            <p className="story-header__source" aria-hidden="true">
              {'\u00a0'}
            </p>
          )}
          {story !== null && <StoryTranslationNote story={story} />}
        </StoryLanguageContext>
      </div>
      <LanguageMenu />
      <OpenStoryFileButton onFile={onOpenFile} />
      {onEdit && (
        <>
          {' '}
          <button type="button" className="open-story-file" onClick={() => onEdit(false)}>
            {i18n._({ id: 'header.newStory', message: 'New story' })}
          </button>{' '}
          {/* Held in place, unseen and unreachable, while the story loads, so the header does not grow after. */}
          <button
            type="button"
            className="open-story-file"
            onClick={() => onEdit(true)}
            style={story === null ? { visibility: 'hidden' } : undefined}
            aria-hidden={story === null ? true : undefined}
            disabled={story === null}
          >
            {i18n._({ id: 'header.editStory', message: 'Edit this story' })}
          </button>
        </>
      )}
    </header>
  );
}
