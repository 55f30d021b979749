import type { QuoteAnchor } from '../../model/quoteAnchor.ts';
import { findQuote, type TextRange } from './findQuote.ts';

const SPACE = /\s/;

/** The range without the spaces a mouse or keyboard selection often takes at either end. */
export function trimRange(text: string, { start, end }: TextRange): TextRange {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && SPACE.test(text.charAt(from))) from += 1;
  while (to > from && SPACE.test(text.charAt(to - 1))) to -= 1;
  return { start: from, end: to };
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Widens a cut at `index` so that it does not split an emoji or other character of two UTF-16 units. */
function wholeCharacterStart(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text, index) ? index - 1 : index;
}

function wholeCharacterEnd(text: string, index: number): number {
  return index < text.length && isLowSurrogate(text, index) ? index + 1 : index;
}

/**
 * The anchor an author never types: the exact words of `range` in the passage, plus the shortest prefix, suffix, or
 * both (grown one character at a time, after the W3C TextQuoteSelector) that make them unique, so that `findQuote`
 * finds exactly this range again. Null for a range of nothing but spaces.
 */
export function anchorForRange(passageId: string, text: string, range: TextRange): QuoteAnchor | null {
  const { start, end } = trimRange(text, range);
  if (start === end) return null;
  const exact = text.slice(start, end);
  const resolves = (anchor: QuoteAnchor): boolean => {
    const found = findQuote(anchor, text);
    return found !== null && found.start === start && found.end === end;
  };
  const plain: QuoteAnchor = { passageId, exact };
  if (resolves(plain)) return plain;
  const longest = Math.max(start, text.length - end);
  for (let length = 1; length <= longest; length += 1) {
    const prefixStart = wholeCharacterStart(text, Math.max(0, start - length));
    const suffixEnd = wholeCharacterEnd(text, Math.min(text.length, end + length));
    const prefix = start > 0 ? text.slice(prefixStart, start) : undefined;
    const suffix = end < text.length ? text.slice(end, suffixEnd) : undefined;
    const candidates: QuoteAnchor[] = [];
    if (prefix !== undefined) candidates.push({ passageId, exact, prefix });
    if (suffix !== undefined) candidates.push({ passageId, exact, suffix });
    if (prefix !== undefined && suffix !== undefined) candidates.push({ passageId, exact, prefix, suffix });
    const found = candidates.find(resolves);
    if (found !== undefined) return found;
  }
  // Unreachable: the whole text before and after the range can match nowhere else.
  return null;
}
