import type { CitedQuote } from './collectArticleQuotes.ts';
import { findQuote } from './findQuote.ts';

/** A stretch of a passage's text that the same quotes cover from its first character to its last. */
export interface PassageSegment {
  /** Offsets into the passage text: `text.slice(start, end)` is this segment. */
  start: number;
  end: number;
  text: string;
  /** Every quote that covers this stretch, in the order they were given; empty for plain text. */
  quotes: readonly CitedQuote[];
  /** The distinct incidents among `quotes`, in the same order. */
  incidentIds: readonly string[];
}

/**
 * Cuts a passage into plain and quoted stretches, given every quote that points into it. Overlapping quotes are cut at
 * each quote's start and end, so every stretch knows all the quotes covering it: the words two claims share belong to
 * both, and no quote hides another. A quote that cannot be located (absent, or ambiguous without its prefix and
 * suffix) is left out rather than guessed: the story check on load reports those.
 */
export function passageSegments(text: string, quotes: readonly CitedQuote[]): PassageSegment[] {
  const located = quotes.flatMap((quote) => {
    const range = findQuote(quote.anchor, text);
    return range === null ? [] : [{ quote, ...range }];
  });
  const cuts = [...new Set([0, text.length, ...located.flatMap(({ start, end }) => [start, end])])].sort(
    (a, b) => a - b,
  );
  return cuts.slice(1).map((end, index) => {
    const start = cuts[index] ?? 0;
    const covering = located.filter((range) => range.start <= start && range.end >= end).map(({ quote }) => quote);
    return {
      start,
      end,
      text: text.slice(start, end),
      quotes: covering,
      incidentIds: [...new Set(covering.map((quote) => quote.incidentId))],
    };
  });
}
