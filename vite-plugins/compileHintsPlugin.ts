import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136 and later): a script or module whose first line is this comment has all its
 * functions compiled eagerly, on a background thread while it streams in, instead of one by one on the main thread
 * the first time each is called. Other engines read a comment. See https://v8.dev/blog/explicit-compile-hints.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What of a built chunk or asset this plugin reads and writes (the shape Rollup and Rolldown give `generateBundle`). */
export interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  /** The chunks it imports statically, by file name. */
  imports: string[];
  code: string;
  map?: { mappings: string } | null;
}
export interface BuiltAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
export type BuiltBundle = Record<string, BuiltChunk | BuiltAsset>;

/** The chunks the page loads before anything is asked for: the entries and what they import statically, to the end. */
export function firstLoadChunks(bundle: BuiltBundle): BuiltChunk[] {
  const chunks = new Map<string, BuiltChunk>();
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
  const reached = new Set<string>();
  const toVisit = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  for (let fileName = toVisit.pop(); fileName !== undefined; fileName = toVisit.pop()) {
    if (reached.has(fileName)) continue;
    reached.add(fileName);
    toVisit.push(...(chunks.get(fileName)?.imports ?? []));
  }
  return [...reached].flatMap((fileName) => chunks.get(fileName) ?? []);
}

/** A source map of the chunk's code moved down one line: an empty first line, the rest as it was. */
function mapOneLineDown(mapText: string): string {
  const map = JSON.parse(mapText) as { mappings: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}

/**
 * Puts the compile hint on the first line of every first-load chunk (the rest of the bundle, loaded on demand, is
 * left to V8's lazy compiling, since much of it never runs), and its source map one line down to match.
 */
export function addCompileHints(bundle: BuiltBundle): string[] {
  const hinted = firstLoadChunks(bundle);
  for (const chunk of hinted) {
    if (chunk.code.startsWith(COMPILE_HINT)) continue;
    chunk.code = COMPILE_HINT + chunk.code;
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    const mapFile = bundle[`${chunk.fileName}.map`];
    if (mapFile?.type === 'asset') {
      mapFile.source = mapOneLineDown(
        typeof mapFile.source === 'string' ? mapFile.source : new TextDecoder().decode(mapFile.source),
      );
    }
  }
  return hinted.map((chunk) => chunk.fileName);
}

/**
 * Compiles the first load's scripts on a background thread as they download. Measured with bench/abFirstMarks.ts
 * (bench/README.md, "Compile hints on the first load"): the time to first marks fell by about 5 % at normal speed and
 * 10 % with the CPU 4× slower, for 144 bytes of gzip.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'citemap-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own pass, which puts its list of preloaded dependencies on the entry's first line.
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(bundle);
      },
    },
  };
}
