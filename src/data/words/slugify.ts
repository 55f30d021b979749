/**
 * An id from a name, for the data build and for stories made from files alike: "Northern Province" →
 * "northern-province", "Ruritania–Freedonia border" → "ruritania-freedonia-border", "Zürich" → "zurich".
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
