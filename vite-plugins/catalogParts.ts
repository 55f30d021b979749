import { resolve, sep } from 'node:path';

/**
 * Which source files' words go into a catalog part of their own (src/i18n/i18n.ts, `CatalogPart`), rather than the
 * viewer's: written once here for lingui.config.ts, which extracts them, and tests/unit/i18n/catalogs.test.ts, which
 * checks each catalog holds its own files' messages and no other. Paths are relative to src/.
 */
export const CATALOG_PARTS = {
  /** The story editor and its placing map, fetched with the editor. */
  editor: ['editor', 'map/placing'],
  /**
   * The data checks, the readers of files of points (GeoJSON, CSV, KML, GPX) they run with, and the reasons a link is
   * refused: loaded by whoever runs a check or opens a file.
   */
  checks: ['data/load', 'data/formats', 'state/describeStorySourceRefusal.ts'],
} as const;

/** Whether the file at `path` (absolute) belongs to the part: it is one of its files, or lies in one of its folders. */
export function belongsToPart(part: keyof typeof CATALOG_PARTS, src: string, path: string): boolean {
  return CATALOG_PARTS[part].some((entry) => {
    const owned = resolve(src, entry);
    return path === owned || path.startsWith(`${owned}${sep}`);
  });
}
