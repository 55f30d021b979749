import { describe, expect, it } from 'vitest';
import { moveOfKey } from '../../../src/app/usePresentationKeys.ts';

describe('moveOfKey', () => {
  it('reads the arrows in the page’s direction', () => {
    expect(moveOfKey('ArrowRight', 'ltr')).toBe('next');
    expect(moveOfKey('ArrowLeft', 'ltr')).toBe('previous');
    expect(moveOfKey('ArrowLeft', 'rtl')).toBe('next');
    expect(moveOfKey('ArrowRight', 'rtl')).toBe('previous');
  });

  it('keeps a clicker’s keys the same in every direction', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      expect(moveOfKey('PageDown', direction)).toBe('next');
      expect(moveOfKey('PageUp', direction)).toBe('previous');
      expect(moveOfKey(' ', direction)).toBe('next');
    }
  });
});
