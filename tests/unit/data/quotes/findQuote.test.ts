import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../../src/data/quotes/findQuote.ts';

const text = 'Iran struck on Tuesday. Pakistan struck back on Thursday. Both struck hard.';

describe('findQuote', () => {
  it('finds words that occur once', () => {
    const range = findQuote({ exact: 'Pakistan struck back' }, text);
    expect(range).not.toBeNull();
    expect(text.slice(range?.start, range?.end)).toBe('Pakistan struck back');
  });

  it('is null when the words do not occur verbatim', () => {
    expect(findQuote({ exact: 'Pakistan  struck back' }, text)).toBeNull();
    expect(findQuote({ exact: 'pakistan struck back' }, text)).toBeNull();
  });

  it('is null when the words occur more than once and nothing tells them apart', () => {
    expect(findQuote({ exact: 'struck' }, text)).toBeNull();
  });

  it('tells repeated words apart by the text just before them', () => {
    const range = findQuote({ exact: 'struck', prefix: 'Both ' }, text);
    expect(range?.start).toBe(text.lastIndexOf('struck'));
  });

  it('tells repeated words apart by the text just after them', () => {
    const range = findQuote({ exact: 'struck', suffix: ' back' }, text);
    expect(range?.start).toBe(text.indexOf('struck back'));
  });

  it('needs the prefix to stand immediately before the words', () => {
    expect(findQuote({ exact: 'struck', prefix: 'Iran' }, text)).toBeNull();
  });

  it('counts overlapping occurrences as ambiguous', () => {
    expect(findQuote({ exact: 'aa' }, 'aaa')).toBeNull();
    expect(findQuote({ exact: 'aa', suffix: 'a' }, 'aaa')).toEqual({ start: 0, end: 2 });
  });
});
