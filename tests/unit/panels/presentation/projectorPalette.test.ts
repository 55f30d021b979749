import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../../src/panels/presentation/contrastRatio.ts';
import { PROJECTOR_PALETTE, PROJECTOR_TEXT_PAIRS } from '../../../../src/panels/presentation/projectorPalette.ts';

describe('contrastRatio', () => {
  it('agrees with WCAG at the extremes and for a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 6);
    // #767676 on white is the classic "just passes AA" grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('the projector palette', () => {
  it.each(PROJECTOR_TEXT_PAIRS)('keeps %s on %s at 7:1 or more (WCAG AAA)', (text, background) => {
    expect(contrastRatio(PROJECTOR_PALETTE[text], PROJECTOR_PALETTE[background])).toBeGreaterThanOrEqual(7);
  });
});
