import type { MessageDescriptor } from '../../i18n/i18n.ts';

export interface TileSource {
  /** What the basemap switch calls this server, e.g. "OpenStreetMap". */
  name: string;
  url: string;
  /**
   * HTML, as Leaflet's attribution control expects; it comes from build configuration, never from story data. A
   * message to translate when the build names only the server, whose host is then credited in the reader's language.
   */
  attribution: string | MessageDescriptor;
}

const OPENSTREETMAP: TileSource = {
  name: 'OpenStreetMap',
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
};

interface TileSettings {
  VITE_TILE_URL?: string;
  VITE_TILE_ATTRIBUTION?: string;
}

/** The credit for a tile server the build names without one: its host. */
function creditTo(host: string): MessageDescriptor {
  return /*i18n*/ { id: 'tiles.attribution', message: 'Map tiles: {host}', values: { host } };
}

/**
 * The tile server chosen at build time: OpenStreetMap unless VITE_TILE_URL names another, or null when it is "none"
 * or empty, for a build that must never call out (the offline basemap is then drawn from the start).
 */
export function tileSourceFrom(settings: TileSettings): TileSource | null {
  const url = settings.VITE_TILE_URL?.trim();
  if (url === undefined) return OPENSTREETMAP;
  if (url === '' || url.toLowerCase() === 'none') return null;
  const host = new URL(url, 'https://x.invalid').host;
  const attribution = settings.VITE_TILE_ATTRIBUTION?.trim() || creditTo(host);
  return { name: host, url, attribution };
}

// Named one by one: code that reads `import.meta.env` whole makes the build write every variable into the page again,
// the story's and basemap's fingerprints among them.
export const TILE_SOURCE = tileSourceFrom({
  VITE_TILE_URL: import.meta.env.VITE_TILE_URL,
  VITE_TILE_ATTRIBUTION: import.meta.env.VITE_TILE_ATTRIBUTION,
});
