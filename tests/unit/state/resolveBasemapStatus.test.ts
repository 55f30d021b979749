import { describe, expect, it } from 'vitest';
import { resolveBasemapStatus } from '../../../src/state/basemapStatus.ts';

describe('resolveBasemapStatus', () => {
  it('draws tiles when they are asked for and not known to fail', () => {
    expect(resolveBasemapStatus('online', 'usable')).toEqual({ source: 'tiles' });
  });

  it('falls back to the offline map when tiles failed, saying why', () => {
    expect(resolveBasemapStatus('online', 'failed')).toEqual({ source: 'offline', reason: 'tiles-failed' });
  });

  it('keeps to the offline map the reader chose, whatever the tiles did', () => {
    expect(resolveBasemapStatus('offline', 'usable')).toEqual({ source: 'offline', reason: 'chosen' });
    expect(resolveBasemapStatus('offline', 'failed')).toEqual({ source: 'offline', reason: 'chosen' });
  });

  it('can only draw the offline map in a build without a tile server', () => {
    expect(resolveBasemapStatus('online', 'none')).toEqual({ source: 'offline', reason: 'no-tile-server' });
    expect(resolveBasemapStatus('offline', 'none')).toEqual({ source: 'offline', reason: 'no-tile-server' });
  });
});
