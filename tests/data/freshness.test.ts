import { describe, expect, it } from 'vitest';
import { buildAllStories, findStaleFiles } from '../../geo/pipeline/buildStory.ts';

describe('generated data', () => {
  it('matches what the build makes from the authored sources now (run npm run geo:build if not)', () => {
    const files = buildAllStories();
    expect(files.length).toBeGreaterThan(0);
    expect(findStaleFiles(files)).toEqual([]);
  }, 60_000);
});
