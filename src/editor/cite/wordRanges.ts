import type { TextRange } from '../../data/quotes/findQuote.ts';

/** Where each word of a text starts and ends (a word: a run of anything but spaces). */
export function wordRanges(text: string): TextRange[] {
  return [...text.matchAll(/\S+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The range from the first word to the last (1-based, inclusive, in either order), clamped to the text's words. */
export function rangeOfWords(words: readonly TextRange[], first: number, last: number): TextRange | null {
  if (words.length === 0) return null;
  const clamp = (value: number) => Math.min(words.length, Math.max(1, Math.round(value)));
  const [from, to] = [clamp(Math.min(first, last)), clamp(Math.max(first, last))];
  return { start: words[from - 1]!.start, end: words[to - 1]!.end };
}

/** The 1-based numbers of the first and last words a character range touches. */
export function wordsOfRange(words: readonly TextRange[], range: TextRange): { first: number; last: number } {
  const first = words.findIndex((word) => word.end > range.start);
  let last = words.length - 1;
  while (last > 0 && (words[last]?.start ?? 0) >= range.end) last -= 1;
  return { first: Math.max(0, first) + 1, last: Math.max(first, last) + 1 };
}
