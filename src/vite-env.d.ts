/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  /** A tile URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or "none" for an offline-only map. */
  readonly VITE_TILE_URL?: string;
  /** The attribution the tile server requires, as HTML (Leaflet's attribution control renders it). */
  readonly VITE_TILE_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
