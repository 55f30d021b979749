import { Fragment } from 'react';
import { collectArticleQuotes } from '../../data/quotes/collectArticleQuotes.ts';
import { formatLocalDateTime } from '../../data/time/formatLocalDateTime.ts';
import { passageSegments } from '../../data/quotes/passageSegments.ts';
import type { Article } from '../../model/article.ts';
import type { IncidentCollection } from '../../model/incident.ts';

interface HandoutArticleProps {
  article: Article;
  incidents: IncidentCollection;
}

/**
 * The article the handout is told from, as a reference a reader can find again (the address written out, since paper
 * has no links), then every paragraph the map cites, with the quoted words in bold and underlined: a highlight colour
 * is often dropped by printers.
 */
export function HandoutArticle({ article, incidents }: HandoutArticleProps) {
  const quotesByPassage = collectArticleQuotes(incidents);
  const cited = article.passages.filter((passage) => passage.role === 'body' && quotesByPassage.has(passage.id));
  const credit = [article.byline && `By ${article.byline}`, article.sourceLine, article.publisher].filter(Boolean);
  return (
    <section className="handout-article" aria-label="The article and the passages cited">
      <h2 className="handout__heading">The article</h2>
      <p className="handout-article__reference">
        <cite>{article.title}</cite>. {credit.join(', ')}
        {article.publishedAt !== null && `, ${formatLocalDateTime(article.publishedAt)}`}.
        {article.url !== null && <span className="handout-article__url"> {article.url}</span>}
      </p>
      <h3 className="handout__subheading">Passages cited on the map</h3>
      <ol className="handout-article__passages">
        {cited.map((passage) => (
          <li key={passage.id} className="handout-article__passage">
            <span className="handout-article__number">¶{passage.number}</span>{' '}
            {passageSegments(passage.text, quotesByPassage.get(passage.id) ?? []).map((segment) =>
              segment.quotes.length === 0 ? (
                <Fragment key={segment.start}>{segment.text}</Fragment>
              ) : (
                <strong key={segment.start} className="handout-article__quote">
                  {segment.text}
                </strong>
              ),
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
