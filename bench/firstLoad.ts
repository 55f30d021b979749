import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { compressForTransfer } from './staticServer.ts';

/**
 * What a fresh page load of a build fetches as code before any of it runs: the script and stylesheet the built
 * index.html names, and every module or style it preloads. Chunks fetched later by a dynamic `import()` are not in
 * the HTML, so they are left out: loading on demand is how a feature stays outside the first load.
 */
export interface FirstLoadAsset {
  kind: 'js' | 'css';
  /** As written in the HTML. */
  href: string;
}

export interface FirstLoadFile extends FirstLoadAsset {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface FirstLoad {
  files: FirstLoadFile[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** JS + CSS, each file compressed as the bench server sends it. */
  totalGzipBytes: number;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function kindOfLink(attributes: Map<string, string>): FirstLoadAsset['kind'] | null {
  const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
  if (rels.includes('stylesheet')) return 'css';
  if (rels.includes('modulepreload')) return 'js';
  // A plain preload of code is fetched at once just the same; the story's `as="fetch"` preload is data, not code.
  if (rels.includes('preload')) {
    const as = (attributes.get('as') ?? '').toLowerCase();
    if (as === 'script') return 'js';
    if (as === 'style') return 'css';
  }
  return null;
}

/** The code a built page loads up front, in document order, each file once. */
export function firstLoadAssets(html: string): FirstLoadAsset[] {
  // Commented-out tags load nothing (the built page has comments in its head).
  const live = html.replace(/<!--[\s\S]*?-->/g, '');
  const assets: FirstLoadAsset[] = [];
  const seen = new Set<string>();
  for (const match of live.matchAll(TAG)) {
    const attributes = attributesOf(match[2] ?? '');
    const isScript = (match[1] ?? '').toLowerCase() === 'script';
    const kind = isScript ? (attributes.has('src') ? 'js' : null) : kindOfLink(attributes);
    const href = attributes.get(isScript ? 'src' : 'href');
    if (kind === null || href === undefined || href === '' || seen.has(href)) continue;
    seen.add(href);
    assets.push({ kind, href });
  }
  return assets;
}

/**
 * The file in `outDir` that a page served under `base` gets for `href`. Code from anywhere else would escape the
 * budget (and the Content-Security-Policy forbids it), so it is an error rather than something to skip.
 */
export function builtFileOf(href: string, outDir: string, base: string): string {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(href))
    throw new Error(`the first load fetches code from outside the build: ${href}`);
  const path = href.replace(/[?#].*$/, '');
  const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\.?\//, '');
  const file = normalize(join(outDir, decodeURIComponent(relative)));
  if (!file.startsWith(normalize(outDir) + sep)) throw new Error(`${href} points outside ${outDir}`);
  return file;
}

/** Measures the first load of the build in `outDir`, built with `base` (Vite's `base`, "/" by default). */
export async function measureFirstLoad(outDir: string, base = '/'): Promise<FirstLoad> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const files: FirstLoadFile[] = [];
  for (const asset of firstLoadAssets(html)) {
    const file = builtFileOf(asset.href, outDir, base);
    const plain = await readFile(file);
    files.push({ ...asset, file, rawBytes: plain.length, gzipBytes: (await compressForTransfer(plain)).length });
  }
  const sum = (kind: FirstLoadAsset['kind']) =>
    files.filter((file) => file.kind === kind).reduce((total, file) => total + file.gzipBytes, 0);
  const jsGzipBytes = sum('js');
  const cssGzipBytes = sum('css');
  return { files, jsGzipBytes, cssGzipBytes, totalGzipBytes: jsGzipBytes + cssGzipBytes };
}
