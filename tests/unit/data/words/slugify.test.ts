import { describe, expect, it } from 'vitest';
import { slugify } from '../../../../src/data/words/slugify.ts';

describe('slugify', () => {
  it('makes an id of a name: lower case, accents dropped, any run of other characters one hyphen', () => {
    expect(slugify('Northern Province')).toBe('northern-province');
    expect(slugify('Ruritania–Freedonia border')).toBe('ruritania-freedonia-border');
    expect(slugify('Zürich  (old town)')).toBe('zurich-old-town');
  });

  it('trims hyphens at either end, and gives nothing for a name with no letter or digit it keeps', () => {
    expect(slugify('  --Field notes!-- ')).toBe('field-notes');
    expect(slugify('تهران')).toBe('');
  });
});
