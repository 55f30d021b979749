import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { describeBasemapStatus } from '../../../../src/panels/mapTools/describeBasemapStatus.ts';

describe('describeBasemapStatus', () => {
  it('says nothing while tiles show', () => {
    expect(describeBasemapStatus({ source: 'tiles' }, 'loaded', englishI18n)).toBeNull();
  });

  it('says quietly that the map fell back to the offline basemap, and why', () => {
    expect(describeBasemapStatus({ source: 'offline', reason: 'tiles-failed' }, 'loaded', englishI18n)).toBe(
      'Map tiles could not be loaded; showing the built-in offline map.',
    );
    expect(describeBasemapStatus({ source: 'offline', reason: 'no-tile-server' }, 'loading', englishI18n)).toBe(
      'No tile server is configured; loading the built-in offline map…',
    );
  });

  it('says nothing about an offline map the reader chose, unless it is still loading or missing', () => {
    const chosen = { source: 'offline', reason: 'chosen' } as const;
    expect(describeBasemapStatus(chosen, 'loaded', englishI18n)).toBeNull();
    expect(describeBasemapStatus(chosen, 'loading', englishI18n)).toBe('Loading the built-in offline map…');
    expect(describeBasemapStatus(chosen, 'failed', englishI18n)).toMatch(/offline map is missing/);
  });

  it('admits when the offline basemap is missing too', () => {
    expect(describeBasemapStatus({ source: 'offline', reason: 'tiles-failed' }, 'failed', englishI18n)).toMatch(
      /offline map is missing too/,
    );
  });
});
