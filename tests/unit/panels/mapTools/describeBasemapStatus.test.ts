import { describe, expect, it } from 'vitest';
import { describeBasemapStatus } from '../../../../src/panels/mapTools/describeBasemapStatus.ts';

describe('describeBasemapStatus', () => {
  it('says nothing while tiles show', () => {
    expect(describeBasemapStatus({ source: 'tiles' }, 'loaded')).toBeNull();
  });

  it('says quietly that the map fell back to the offline basemap, and why', () => {
    expect(describeBasemapStatus({ source: 'offline', reason: 'tiles-failed' }, 'loaded')).toBe(
      'Map tiles could not be loaded; showing the built-in offline map.',
    );
    expect(describeBasemapStatus({ source: 'offline', reason: 'no-tile-server' }, 'loading')).toBe(
      'No tile server is configured; loading the built-in offline map…',
    );
  });

  it('says nothing about an offline map the reader chose, unless it is still loading or missing', () => {
    const chosen = { source: 'offline', reason: 'chosen' } as const;
    expect(describeBasemapStatus(chosen, 'loaded')).toBeNull();
    expect(describeBasemapStatus(chosen, 'loading')).toBe('Loading the built-in offline map…');
    expect(describeBasemapStatus(chosen, 'failed')).toMatch(/offline map is missing/);
  });

  it('admits when the offline basemap is missing too', () => {
    expect(describeBasemapStatus({ source: 'offline', reason: 'tiles-failed' }, 'failed')).toMatch(
      /offline map is missing too/,
    );
  });
});
