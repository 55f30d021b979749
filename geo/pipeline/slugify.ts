/** An id from a name: "Sistan and Baluchestan" → "sistan-and-baluchestan", "Iran–Pakistan border" → "iran-pakistan-border". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
