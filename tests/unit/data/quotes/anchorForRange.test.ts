import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorForRange, trimRange } from '../../../../src/data/quotes/anchorForRange.ts';
import { findQuote } from '../../../../src/data/quotes/findQuote.ts';

const text = 'The strike hit the camp. The camp was empty, said the army; the camp was full, said the group.';

describe('anchorForRange', () => {
  it('gives the exact words alone when they occur once', () => {
    const start = text.indexOf('strike hit');
    expect(anchorForRange('p1', text, { start, end: start + 'strike hit'.length })).toEqual({
      passageId: 'p1',
      exact: 'strike hit',
    });
  });

  it('adds the shortest prefix or suffix that makes repeated words unique', () => {
    const second = text.indexOf('the camp was full');
    const anchor = anchorForRange('p1', text, { start: second, end: second + 'the camp'.length });
    // "the camp." ends the first sentence: one space after the words already tells this one apart.
    expect(anchor).toEqual({ passageId: 'p1', exact: 'the camp', suffix: ' ' });
    expect(findQuote(anchor!, text)).toEqual({ start: second, end: second + 'the camp'.length });
  });

  it('drops the spaces a selection takes at either end, and refuses a selection of spaces', () => {
    const start = text.indexOf(' said the army');
    expect(anchorForRange('p1', text, { start, end: start + ' said '.length })?.exact).toBe('said');
    expect(anchorForRange('p1', 'a   b', { start: 1, end: 4 })).toBeNull();
    expect(trimRange(text, { start: 10, end: 3 })).toEqual({ start: 4, end: 10 });
  });

  it('never cuts an emoji in half in a prefix', () => {
    const emojiText = '🙂x 🙂x';
    const anchor = anchorForRange('p1', emojiText, { start: 6, end: 7 });
    expect(anchor).not.toBeNull();
    expect(anchor?.prefix).toBe(' 🙂');
    expect(findQuote(anchor!, emojiText)).toEqual({ start: 6, end: 7 });
  });

  it('resolves back to exactly the selected range, for any selection in any passage', () => {
    // Small alphabets make repeats, and so prefixes and suffixes, common; the full range covers RTL marks and emoji.
    const passageText = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.'), minLength: 1, maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('ab', 'a', ' ', '\u200f', '🙂', 'é'), minLength: 1, maxLength: 30 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        passageText.chain((passage) => fc.tuple(fc.constant(passage), fc.nat(passage.length), fc.nat(passage.length))),
        ([passage, a, b]) => {
          const wanted = trimRange(passage, { start: Math.min(a, b), end: Math.max(a, b) });
          const anchor = anchorForRange('p7', passage, { start: a, end: b });
          if (wanted.start === wanted.end) {
            expect(anchor).toBeNull();
            return;
          }
          expect(anchor).not.toBeNull();
          expect(anchor?.passageId).toBe('p7');
          expect(anchor?.exact).toBe(passage.slice(wanted.start, wanted.end));
          expect(findQuote(anchor!, passage)).toEqual(wanted);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
