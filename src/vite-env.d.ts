/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  /** The story this build shows, a folder under public/data/ (set in .env). */
  readonly VITE_STORY_ID: string;
  /**
   * The built story file's SHA-256 and length, computed by vite.config.ts when the app is built; null when the build
   * found no story file.
   */
  readonly VITE_TRUSTED_STORY: { sha256: string; textLength: number } | null;
  /**
   * The built story's default bounds ([west, south, east, north]), read by vite.config.ts from the built story when the
   * app is built; null when the build found no story file.
   */
  readonly VITE_STORY_BOUNDS: [west: number, south: number, east: number, north: number] | null;
  /** The built offline basemap's SHA-256 and length, likewise: a download that matches is not validated again in the browser. */
  readonly VITE_TRUSTED_BASEMAP: { sha256: string; textLength: number } | null;
  /** A tile URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or "none" for an offline-only map. */
  readonly VITE_TILE_URL?: string;
  /** The attribution the tile server requires, as HTML (Leaflet's attribution control renders it). */
  readonly VITE_TILE_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** The story's shape, compiled at build time from the model (vite-plugins/storyShapeValidatorPlugin.ts). */
declare module 'virtual:story-shape-validator' {
  export const validateStoryShape: (data: unknown) => boolean;
}
