import type { Passage } from '../../model/article.ts';

/** The paragraph number a quote is cited by ("¶6"), counted as in the original layout; null for an unknown id. */
export function passageNumber(passages: readonly Passage[], passageId: string): number | null {
  return passages.find((passage) => passage.id === passageId)?.number ?? null;
}
