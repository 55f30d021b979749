import type { CSSProperties } from 'react';

/**
 * The projector theme: light text on near-black, which a washed-out classroom projector still shows crisply. Every
 * text colour here is checked (tests/unit/projectorPalette.test.ts) for at least 7:1 against the backgrounds it is
 * used on, WCAG's AAA level.
 */
export const PROJECTOR_PALETTE = {
  background: '#0b0b0b',
  surface: '#1a1a1a',
  text: '#ffffff',
  mutedText: '#d6d6d6',
  accent: '#ffd23f',
  focus: '#ffd23f',
} as const;

/** The text colours, each with the backgrounds it appears on. */
export const PROJECTOR_TEXT_PAIRS = [
  ['text', 'background'],
  ['text', 'surface'],
  ['mutedText', 'background'],
  ['mutedText', 'surface'],
  ['accent', 'background'],
  ['accent', 'surface'],
] as const satisfies readonly (readonly [keyof typeof PROJECTOR_PALETTE, keyof typeof PROJECTOR_PALETTE])[];

/** The palette as CSS custom properties, so the stylesheet draws with exactly the colours the test checks. */
export const PROJECTOR_STYLE = {
  '--projector-background': PROJECTOR_PALETTE.background,
  '--projector-surface': PROJECTOR_PALETTE.surface,
  '--projector-text': PROJECTOR_PALETTE.text,
  '--projector-muted-text': PROJECTOR_PALETTE.mutedText,
  '--projector-accent': PROJECTOR_PALETTE.accent,
  '--projector-focus': PROJECTOR_PALETTE.focus,
} as CSSProperties;
