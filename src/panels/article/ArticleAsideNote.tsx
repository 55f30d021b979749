import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { Passage } from '../../model/article.ts';

interface ArticleAsideNoteProps {
  passage: Passage;
}

/**
 * Stands where an aside was printed, so the paragraph numbers the popups cite still count as in the original, without
 * showing a cross-link to another story as if it were part of this one.
 */
export function ArticleAsideNote({ passage }: ArticleAsideNoteProps) {
  const i18n = useI18n();
  return (
    <p className="article-aside-note" lang={i18n.locale}>
      {i18n._({
        id: 'article.aside',
        message: '¶{number, number} is a cross-link to an unrelated story printed inside the article, left out here.',
        values: { number: passage.number },
      })}
    </p>
  );
}
