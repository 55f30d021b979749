import { readFileSync } from 'node:fs';

const REAL_FILES = new URL('../../../fixtures/real-files/', import.meta.url);

/** A file of tests/fixtures/real-files/ as text, as the browser's File.text() gives it (a byte-order mark kept). */
export function readRealFile(file: string): string {
  return readFileSync(new URL(file, REAL_FILES), 'utf8');
}

/** A GeoJSON file of tests/fixtures/real-files/, parsed. */
export function readRealJson<T = unknown>(file: string): T {
  return JSON.parse(readRealFile(file).replace(/^\uFEFF/, '')) as T;
}
