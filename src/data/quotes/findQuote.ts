import type { QuoteAnchor } from '../../model/quoteAnchor.ts';

/** Where a text range starts and ends, as string offsets: `text.slice(start, end)` is the quote. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Locates a quote in a passage as a W3C TextQuoteSelector does: the exact words, immediately preceded by the prefix and
 * followed by the suffix when they are given. Null unless exactly one place matches: an ambiguous anchor highlights
 * nothing rather than the wrong words.
 */
export function findQuote(anchor: Pick<QuoteAnchor, 'exact' | 'prefix' | 'suffix'>, text: string): TextRange | null {
  const { exact, prefix = '', suffix = '' } = anchor;
  if (exact === '') return null;
  const matches: TextRange[] = [];
  for (let start = text.indexOf(exact); start !== -1; start = text.indexOf(exact, start + 1)) {
    const end = start + exact.length;
    if (text.slice(0, start).endsWith(prefix) && text.startsWith(suffix, end)) matches.push({ start, end });
  }
  return matches.length === 1 ? (matches[0] ?? null) : null;
}
