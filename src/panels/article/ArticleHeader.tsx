import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { formatLocalDateTime } from '../../data/time/formatLocalDateTime.ts';
import { safeWebHref } from '../../data/load/webAddress.ts';
import type { Article } from '../../model/article.ts';

interface ArticleHeaderProps {
  article: Article;
  /** The id the article is labelled by. */
  headingId: string;
}

/** Whose article it is and when it appeared, a way to the original, and how to use the links in its text. */
export function ArticleHeader({ article, headingId }: ArticleHeaderProps) {
  const { publishedAt } = article;
  const i18n = useI18n();
  const originalHref = safeWebHref(article.url);
  const credit = [article.sourceLine, article.publisher].filter(Boolean);
  return (
    <header className="article-panel__header" lang={i18n.locale}>
      <p className="article-panel__kicker">{i18n._({ id: 'article.kicker', message: 'The article' })}</p>
      <h2 id={headingId} className="article-panel__title">
        <StoryText>{article.title}</StoryText>
      </h2>
      <p className="article-panel__byline">
        {article.byline !== null && article.byline !== '' && (
          <>
            {translateNodes(
              i18n,
              /*i18n*/ { id: 'article.byline', message: 'By {byline}' },
              {
                byline: <StoryText>{article.byline}</StoryText>,
              },
            )}
            {credit.length > 0 && ' · '}
          </>
        )}
        <StoryText>{credit.join(' · ')}</StoryText>
        {publishedAt !== null && (
          <>
            {' · '}
            <time dateTime={`${publishedAt.local}${publishedAt.utcOffset}`}>
              {formatLocalDateTime(publishedAt, i18n)}
            </time>
          </>
        )}
      </p>
      <p className="article-panel__original">
        {originalHref === null ? (
          i18n._({ id: 'article.noLink', message: 'No link to the original article was given.' })
        ) : (
          <a href={originalHref} target="_blank" rel="noopener noreferrer">
            {i18n._({ id: 'article.readOriginal', message: 'Read the original article' })}
            <span className="visually-hidden">{i18n._({ id: 'common.newTab', message: ' (opens in a new tab)' })}</span>
          </a>
        )}
        <span className="article-panel__title-source">
          {' '}
          ·{' '}
          {translateNodes(
            i18n,
            /*i18n*/ { id: 'article.headlineSource', message: 'Headline {source}.' },
            {
              source: <StoryText>{article.titleSource}</StoryText>,
            },
          )}
        </span>
      </p>
      <p className="article-panel__hint">
        {i18n._({
          id: 'article.hint',
          message: 'Underlined words are quoted for an incident: select them to show it.',
        })}
      </p>
    </header>
  );
}
