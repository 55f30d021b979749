import { describe, expect, it } from 'vitest';
import { chooseLocale, localeOfTag } from '../../../src/i18n/chooseLocale.ts';

describe('chooseLocale', () => {
  it('takes the link’s lang= first, so that a shared link opens in its language', () => {
    expect(chooseLocale({ linked: 'ur', stored: 'fa', browser: ['hi-IN'] })).toBe('ur');
  });

  it('then what the reader chose before', () => {
    expect(chooseLocale({ linked: null, stored: 'fa', browser: ['hi-IN'] })).toBe('fa');
  });

  it('then the first of the browser’s languages the interface speaks, region or not', () => {
    expect(chooseLocale({ linked: null, stored: null, browser: ['de-DE', 'fa-IR', 'ur'] })).toBe('fa');
    expect(chooseLocale({ linked: null, stored: null, browser: ['ur-PK'] })).toBe('ur');
    expect(chooseLocale({ linked: null, stored: null, browser: ['hi_IN'] })).toBe('hi');
  });

  it('ignores what it does not speak, and falls back to English', () => {
    expect(chooseLocale({ linked: 'xx', stored: '<script>', browser: ['de', 'ar-EG'] })).toBe('en');
    expect(chooseLocale({ linked: null, stored: null, browser: [] })).toBe('en');
  });

  it('reads the language of a tag', () => {
    expect(localeOfTag('FA-ir')).toBe('fa');
    expect(localeOfTag('en-GB')).toBe('en');
    expect(localeOfTag('pa-Arab-PK')).toBeNull();
  });
});
