import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Our modules as the page loads them, read from their import statements: the ones the first load fetches (everything
 * the entry reaches by static imports) and the ones fetched on demand (behind an `import()`). The catalogs use it to
 * keep the words of on-demand code out of the first load (lingui.config.ts); the architecture tests use it to keep
 * libraries out of the first load. Import statements are matched by pattern, which our code's one-import-per-statement
 * formatting (Prettier) makes reliable; `import type` is left out, as the compiler erases it.
 */

/** What a module imports at run time: static imports and re-exports (not `import type`), and, if asked, `import()`. */
export function runtimeSpecifiers(code: string, { dynamic = true } = {}): string[] {
  const fromClauses = [...code.matchAll(/^\s*(?:import|export)\s+(type\s)?[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm)]
    .filter((match) => match[1] === undefined)
    .map((match) => match[2]);
  const bare = [...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
  const onDemand = dynamic ? [...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]) : [];
  return [...fromClauses, ...bare, ...onDemand].filter((specifier) => specifier !== undefined);
}

export interface ReachedModules {
  /** Our own modules reached, as absolute paths. */
  files: Set<string>;
  /** Each import of a package: the package's name and the file of ours that imports it. */
  packageImports: Array<[name: string, importedBy: string]>;
}

/** Everything reached from `entry` through our modules: lazy chunks included, or (`dynamic: false`) the first load. */
export function modulesReachedFrom(entry: string, options: { dynamic?: boolean } = {}): ReachedModules {
  const files = new Set<string>();
  const packageImports: Array<[string, string]> = [];
  const queue = [resolve(entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'), options)) {
      if (!specifier.startsWith('.')) {
        packageImports.push([specifier, file]);
      } else if (/\.tsx?$/.test(specifier)) queue.push(resolve(dirname(file), specifier));
    }
  }
  return { files, packageImports };
}

/** Every TypeScript module under a folder (tests and declaration files left out), as absolute paths. */
export function sourceModulesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceModulesUnder(path);
    return /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name) ? [path] : [];
  });
}
