import { languageTagOrNull } from '../../data/words/languageTagOrNull.ts';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
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
  const i18n = useI18n();
  const credit = [article.byline, article.sourceLine, article.publisher].filter(Boolean);
  return (
    <section
      className="handout-article"
      aria-label={i18n._({ id: 'handout.articleLabel', message: 'The article and the passages cited' })}
    >
      <h2 className="handout__heading">{i18n._({ id: 'article.kicker', message: 'The article' })}</h2>
      <p className="handout-article__reference">
        <cite>
          <StoryText>{article.title}</StoryText>
        </cite>
        . <StoryText>{credit.join(', ')}</StoryText>
        {article.publishedAt !== null && `, ${formatLocalDateTime(article.publishedAt, i18n)}`}.
        {article.url !== null && <span className="handout-article__url"> {article.url}</span>}
      </p>
      <h3 className="handout__subheading">
        {i18n._({ id: 'handout.passagesCited', message: 'Passages cited on the map' })}
      </h3>
      <ol className="handout-article__passages" lang={languageTagOrNull(article.language) ?? undefined}>
        {cited.map((passage) => (
          <li key={passage.id} className="handout-article__passage" dir="auto">
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
