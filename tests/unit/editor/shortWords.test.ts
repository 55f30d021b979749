import { describe, expect, it } from 'vitest';
import { shortWords } from '../../../src/editor/form/shortWords.ts';

describe('shortWords', () => {
  it('keeps words that fit as they are', () => {
    expect(shortWords('killing at least two children', 80)).toBe('killing at least two children');
    expect(shortWords('x'.repeat(80), 80)).toBe('x'.repeat(80));
  });

  it('marks words cut to fit, with no space left before the mark', () => {
    expect(shortWords('The tit-for-tat strikes carried out by both nations', 24)).toBe('The tit-for-tat strikes…');
    expect(shortWords('x'.repeat(81), 80)).toBe(`${'x'.repeat(80)}…`);
  });
});
