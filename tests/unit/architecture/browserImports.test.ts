import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modulesReachedFrom } from '../../../vite-plugins/moduleGraph.ts';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');

/**
 * Every import of a package the browser's code reaches from the page's entry, through our modules, with the file
 * (relative to src/) that imports it: lazy chunks included, or (with `dynamic: false`) only what the first load fetches.
 */
function packagesReachedFrom(entry: string, options: { dynamic?: boolean } = {}): Array<[string, string]> {
  const { packageImports } = modulesReachedFrom(entry, options);
  return packageImports.map(([name, file]) => [name, relative(SRC, file)]);
}

describe("the browser's code", () => {
  const packages = packagesReachedFrom(resolve(SRC, 'main.tsx'));

  it('is found by following imports from the entry', () => {
    expect(packages.map(([name]) => name)).toEqual(expect.arrayContaining(['react', 'react-leaflet', 'leaflet']));
  });

  it('imports no turf: heavy geometry runs at build time, and the page gets its results as data', () => {
    // Except the story editor, loaded on demand: it computes a moved point's context as the data build does, with two
    // light turf functions (lint allows only those two there), never in the viewer's first load (the byte budget).
    const turf = packages.filter(([name, file]) => name.startsWith('@turf/') && !file.startsWith('editor/'));
    expect(turf.map(([name, file]) => `${file} imports ${name}`)).toEqual([]);
  });

  it('loads no validation library with the page: the build’s own story is verified by its hash, not its schema', () => {
    const firstLoad = packagesReachedFrom(resolve(SRC, 'main.tsx'), { dynamic: false });
    expect(firstLoad.map(([name]) => name)).toEqual(expect.arrayContaining(['react', 'leaflet']));
    const validation = firstLoad.filter(([name]) => name === 'zod' || name.startsWith('zod/'));
    expect(validation.map(([name, file]) => `${file} imports ${name}`)).toEqual([]);
    // …while links and files, which must be checked, still reach it on demand.
    expect(packages.map(([name]) => name).some((name) => name.startsWith('zod'))).toBe(true);
  });
});
