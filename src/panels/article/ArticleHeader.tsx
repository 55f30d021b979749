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
  const originalHref = safeWebHref(article.url);
  const credit = [article.byline && `By ${article.byline}`, article.sourceLine, article.publisher].filter(Boolean);
  return (
    <header className="article-panel__header">
      <p className="article-panel__kicker">The article</p>
      <h2 id={headingId} className="article-panel__title">
        {article.title}
      </h2>
      <p className="article-panel__byline">
        <bdi>{credit.join(' · ')}</bdi>
        {publishedAt !== null && (
          <>
            {' · '}
            <time dateTime={`${publishedAt.local}${publishedAt.utcOffset}`}>{formatLocalDateTime(publishedAt)}</time>
          </>
        )}
      </p>
      <p className="article-panel__original">
        {originalHref === null ? (
          'No link to the original article was given.'
        ) : (
          <a href={originalHref} target="_blank" rel="noopener noreferrer">
            Read the original article<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        <span className="article-panel__title-source">
          {' '}
          · Headline <bdi>{article.titleSource}</bdi>.
        </span>
      </p>
      <p className="article-panel__hint">Underlined words are quoted for an incident: select them to show it.</p>
    </header>
  );
}
