import { describe, expect, it } from 'vitest';
import { tileSourceFrom } from '../../../../src/map/basemap/tileSource.ts';

describe('tileSourceFrom', () => {
  it('uses OpenStreetMap when nothing is configured', () => {
    expect(tileSourceFrom({})?.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(tileSourceFrom({})?.name).toBe('OpenStreetMap');
  });

  it('takes the tile URL and attribution set at build time', () => {
    expect(
      tileSourceFrom({
        VITE_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png',
        VITE_TILE_ATTRIBUTION: '© Example',
      }),
    ).toEqual({
      name: 'tiles.example.org',
      url: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: '© Example',
    });
  });

  it('credits the tile host when no attribution is given', () => {
    expect(tileSourceFrom({ VITE_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' })?.attribution).toEqual({
      id: 'tiles.attribution',
      message: 'Map tiles: {host}',
      values: { host: 'tiles.example.org' },
    });
  });

  it('turns tiles off for "none" or an empty value', () => {
    expect(tileSourceFrom({ VITE_TILE_URL: 'none' })).toBeNull();
    expect(tileSourceFrom({ VITE_TILE_URL: '' })).toBeNull();
  });
});
