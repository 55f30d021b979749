import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Topology } from 'topojson-specification';

/** The npm package world-atlas: Natural Earth's countries as TopoJSON, and the versions to credit. */
export interface WorldAtlas {
  /** 1:10m, for the border line and for which country a point is in: build time only, 3.6 MB. */
  countries10m: Topology;
  /** 1:50m, for the bundled basemap, which must stay small. */
  countries50m: Topology;
  packageVersion: string;
  naturalEarthVersion: string;
}

export function loadWorldAtlas(): WorldAtlas {
  const folder = dirname(createRequire(import.meta.url).resolve('world-atlas/package.json'));
  const read = (name: string): string => readFileSync(join(folder, name), 'utf8');
  const { version } = JSON.parse(read('package.json')) as { version: string };
  // The README is the only place the package states which Natural Earth edition it redistributes.
  const naturalEarthVersion = /Natural Earth.*?version (\d+\.\d+\.\d+)/s.exec(read('README.md'))?.[1];
  if (naturalEarthVersion === undefined)
    throw new Error('world-atlas README no longer names its Natural Earth version');
  return {
    countries10m: JSON.parse(read('countries-10m.json')) as Topology,
    countries50m: JSON.parse(read('countries-50m.json')) as Topology,
    packageVersion: version,
    naturalEarthVersion,
  };
}
