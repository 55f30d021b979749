import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { findQuote } from '../../data/quotes/findQuote.ts';
import type { Passage } from '../../model/article.ts';
import type { QuoteAnchor } from '../../model/quoteAnchor.ts';

interface StepQuoteListProps {
  quotes: readonly QuoteAnchor[];
  passages: readonly Passage[];
}

interface FoundQuote {
  key: string;
  words: string;
  number: number;
}

/** The words as the article prints them, found in its passage: never the anchor's copy, which could drift. */
function findWords(quotes: readonly QuoteAnchor[], passages: readonly Passage[]): FoundQuote[] {
  return quotes.flatMap((quote, index) => {
    const passage = passages.find((candidate) => candidate.id === quote.passageId);
    const range = passage === undefined ? null : findQuote(quote, passage.text);
    if (passage === undefined || range === null) return [];
    return [
      { key: `${index}-${quote.passageId}`, words: passage.text.slice(range.start, range.end), number: passage.number },
    ];
  });
}

/** The article's words behind a tour step, each with the paragraph it stands in. */
export function StepQuoteList({ quotes, passages }: StepQuoteListProps) {
  const i18n = useI18n();
  const found = findWords(quotes, passages);
  if (found.length === 0) return null;
  return (
    <ul className="step-quotes" aria-label={i18n._({ id: 'present.fromArticle', message: 'From the article' })}>
      {found.map((quote) => (
        <li key={quote.key} className="step-quotes__item">
          <span className="step-quotes__words">
            <StoryText>“{quote.words}”</StoryText>
          </span>{' '}
          <span
            dir="ltr"
            className="step-quotes__paragraph"
            aria-label={i18n._({
              id: 'present.paragraph',
              message: 'paragraph {number, number}',
              values: { number: quote.number },
            })}
          >
            ¶{i18n.number(quote.number)}
          </span>
        </li>
      ))}
    </ul>
  );
}
