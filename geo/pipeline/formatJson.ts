import { isRecord } from '../../src/model/isRecord.ts';

/** Coordinates: arrays of numbers, or of such arrays. Written on one line each, they keep GeoJSON small. */
function isCoordinateArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'number' || isCoordinateArray(item));
}

function format(value: unknown, indent: string): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`formatJson: ${value} is not JSON`);
  if (isCoordinateArray(value) || !(Array.isArray(value) || isRecord(value))) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.keys(value)
    .sort()
    .filter((key) => value[key] !== undefined)
    .map((key) => `${inner}${JSON.stringify(key)}: ${format(value[key], inner)}`);
  return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
}

/**
 * JSON as the build writes it: keys sorted, so the same data always gives the same bytes and `--check` can compare
 * files; two-space indentation for people; coordinate arrays on one line, since one number per line would triple the
 * size of the GeoJSON. Ends with a newline.
 */
export function formatJson(value: unknown): string {
  return `${format(value, '')}\n`;
}
