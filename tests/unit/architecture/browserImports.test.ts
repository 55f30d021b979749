import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');

/** What a module imports at run time: static imports and re-exports (not `import type`), and dynamic `import()`. */
function runtimeSpecifiers(code: string, { dynamic: followDynamic = true } = {}): string[] {
  const fromClauses = [...code.matchAll(/^\s*(?:import|export)\s+(type\s)?[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm)]
    .filter((match) => match[1] === undefined)
    .map((match) => match[2]);
  const bare = [...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
  const dynamic = followDynamic
    ? [...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1])
    : [];
  return [...fromClauses, ...bare, ...dynamic].filter((specifier) => specifier !== undefined);
}

/**
 * Every package the browser's code reaches from the page's entry, through our modules: lazy chunks included, or (with
 * `dynamic: false`) only what the first load fetches.
 */
function packagesReachedFrom(entry: string, options: { dynamic?: boolean } = {}): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'), options)) {
      if (!specifier.startsWith('.')) packages.set(specifier, file.slice(SRC.length + 1));
      else if (/\.tsx?$/.test(specifier)) queue.push(resolve(dirname(file), specifier));
    }
  }
  return packages;
}

describe("the browser's code", () => {
  const packages = packagesReachedFrom(resolve(SRC, 'main.tsx'));

  it('is found by following imports from the entry', () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['react', 'react-leaflet', 'leaflet']));
  });

  it('imports no turf: heavy geometry runs at build time, and the page gets its results as data', () => {
    // Except the story editor, loaded on demand: it computes a moved point's context as the data build does, with two
    // light turf functions (lint allows only those two there), never in the viewer's first load (the byte budget).
    const turf = [...packages].filter(([name, file]) => name.startsWith('@turf/') && !file.startsWith('editor/'));
    expect(turf.map(([name, file]) => `${file} imports ${name}`)).toEqual([]);
  });

  it('loads no validation library with the page: the build’s own story is verified by its hash, not its schema', () => {
    const firstLoad = packagesReachedFrom(resolve(SRC, 'main.tsx'), { dynamic: false });
    expect([...firstLoad.keys()]).toEqual(expect.arrayContaining(['react', 'leaflet']));
    const validation = [...firstLoad].filter(([name]) => name === 'zod' || name.startsWith('zod/'));
    expect(validation.map(([name, file]) => `${file} imports ${name}`)).toEqual([]);
    // …while links and files, which must be checked, still reach it on demand.
    expect([...packages.keys()].some((name) => name.startsWith('zod'))).toBe(true);
  });
});
