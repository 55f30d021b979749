import { isRecord } from '../../model/isRecord.ts';
import { TOP_LEVEL } from './whereWords.ts';

function child(node: unknown, key: PropertyKey): unknown {
  if (Array.isArray(node) && typeof key === 'number') return node[key];
  return isRecord(node) && typeof key === 'string' ? node[key] : undefined;
}

/** How a person finds a record again: by its id, else (for features without one) by properties.id or name. */
function recordLabel(element: unknown): string | null {
  if (!isRecord(element)) return null;
  const properties = isRecord(element.properties) ? element.properties : {};
  const candidates = [
    ['id', element.id],
    ['id', properties.id],
    ['name', properties.name],
  ] as const;
  for (const [key, value] of candidates) {
    if (typeof value === 'string' || typeof value === 'number') return `${key} ${JSON.stringify(value)}`;
  }
  return null;
}

/**
 * A path into data, written for a person: each array element that is a record is named by its id, e.g.
 * `incidents.features[2] (id "strike-north") › properties.when.date`, so the message still points at the right
 * record after records are reordered.
 */
export function formatRecordPath(path: readonly PropertyKey[], data: unknown): string {
  const segments: string[] = [];
  let current = '';
  let node = data;
  for (const key of path) {
    node = child(node, key);
    if (typeof key === 'number') {
      current += `[${key}]`;
      const label = recordLabel(node);
      if (label !== null) {
        segments.push(`${current} (${label})`);
        current = '';
      }
    } else {
      current = current === '' ? String(key) : `${current}.${String(key)}`;
    }
  }
  if (current !== '') segments.push(current);
  return segments.join(' › ') || TOP_LEVEL;
}
