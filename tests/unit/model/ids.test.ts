import { describe, expect, it } from 'vitest';
import { ID_PATTERN, IdSchema, PASSAGE_ID_PATTERN, WebUrlSchema } from '../../../src/model/ids.ts';
import { isRecord } from '../../../src/model/isRecord.ts';

describe('ids and small checks', () => {
  it('accepts lower-case words joined by hyphens', () => {
    expect(ID_PATTERN.test('strike-north-3')).toBe(true);
    expect(ID_PATTERN.test('Strike')).toBe(false);
    expect(ID_PATTERN.test('a--b')).toBe(false);
    expect(IdSchema.safeParse('x y').error?.issues[0]?.message).toBe('an id is lower-case words joined by hyphens');
    expect(PASSAGE_ID_PATTERN.test('p12')).toBe(true);
    expect(PASSAGE_ID_PATTERN.test('p0')).toBe(false);
  });

  it('takes only web addresses', () => {
    expect(WebUrlSchema.safeParse('https://example.org/a').success).toBe(true);
    expect(WebUrlSchema.safeParse('javascript:alert(1)').success).toBe(false);
  });

  it('tells a plain object from null and arrays', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
  });
});
