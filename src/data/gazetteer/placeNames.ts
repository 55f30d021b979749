/**
 * How the offline gazetteer's names are compared, shared by the data build that writes public/gazetteer/places.tsv
 * (geo/gazetteer/) and the editor that searches it (src/editor/place/), so that both fold a name the same way.
 */

/** Lower case without accents, so "malmo" finds "Malmö" and "sao paulo" finds "São Paulo"; apostrophes count as none. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * Beyond this rank (by population), a place named like a common word is more likely the word: the editor suggests
 * from an article's words only places above it, and seats; the build keeps other names for those places only.
 */
export const MOST_PROMINENT = 20_000;
