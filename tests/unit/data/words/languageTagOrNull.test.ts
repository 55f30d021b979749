import { describe, expect, it } from 'vitest';
import { languageTagOrNull } from '../../../../src/data/words/languageTagOrNull.ts';

describe('languageTagOrNull', () => {
  it.each(['en', 'ur', 'fa-IR', 'zh-Hant-TW', 'sr-Latn'])('keeps the language tag %s', (tag) => {
    expect(languageTagOrNull(tag)).toBe(tag);
  });

  it.each(['', 'english', 'en_GB', 'en-', '<script>', 'en" onmouseover="x'])('refuses %j', (tag) => {
    expect(languageTagOrNull(tag)).toBeNull();
  });
});
