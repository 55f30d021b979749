import type { Passage } from '../../model/article.ts';

interface ArticleAsideNoteProps {
  passage: Passage;
}

/**
 * Stands where an aside was printed, so the paragraph numbers the popups cite still count as in the original, without
 * showing a cross-link to another story as if it were part of this one.
 */
export function ArticleAsideNote({ passage }: ArticleAsideNoteProps) {
  return (
    <p className="article-aside-note">
      ¶{passage.number} is a cross-link to an unrelated story printed inside the article, left out here.
    </p>
  );
}
