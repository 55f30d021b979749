// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { clusterTitle, shortCount } from '../../../../src/map/layers/clusterIcon.ts';

describe('cluster words', () => {
  it('names a cluster by its full count', () => {
    expect(clusterTitle(12_345, englishI18n)).toBe('12,345 incidents close together: zoom in to see them');
    expect(shortCount(12_345)).toBe('12k');
  });
});
