import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';
import { buildAppInto } from './byteBudget.ts';
import { measureFirstLoad } from './firstLoad.ts';
import { compressForTransfer } from './staticServer.ts';
import { formatBytes } from './stats.ts';

/**
 * What the interface's languages (issue 15) cost the English first load, part by part: for each part, the gzip bytes
 * the first load's scripts lose when the code its source map traces to that part's sources is cut out, each script
 * compressed as the bench server sends it. Cutting code out of a compressed whole is the honest measure of what it
 * adds: gzipped on its own, a module would count the words it shares with the rest twice. What it leaves out: the
 * message ids at the call sites (`i18n._("x")` where an English literal stood before), which belong to no one source.
 */
const PARTS: Record<string, RegExp> = {
  'the Lingui runtime': /node_modules\/@lingui\//,
  'choosing, passing on and formatting the language': new RegExp(
    [
      String.raw`src/i18n/(?!catalogs/)`,
      String.raw`src/ui/i18n/`,
      String.raw`src/app/(LanguageProvider|languageOfPage)\.`,
      String.raw`src/panels/page/LanguageMenu\.`,
      String.raw`src/data/words/languageTagOrNull\.`,
    ].join('|'),
  ),
  'the English words of the first view (in the code before)': /src\/i18n\/catalogs\//,
};

/** `code` with every generated range that `map` traces to a source matching `part` removed. */
export function withoutSources(code: string, map: TraceMap, part: RegExp): string {
  const lines = code.split('\n');
  const cut = lines.map(() => [] as [number, number][]);
  const segments: { line: number; column: number; source: string | null }[] = [];
  eachMapping(map, (mapping) => {
    segments.push({ line: mapping.generatedLine - 1, column: mapping.generatedColumn, source: mapping.source });
  });
  segments.sort((a, b) => a.line - b.line || a.column - b.column);
  segments.forEach((segment, index) => {
    if (segment.source === null || !part.test(segment.source)) return;
    const next = segments[index + 1];
    const end = next !== undefined && next.line === segment.line ? next.column : (lines[segment.line] ?? '').length;
    cut[segment.line]?.push([segment.column, end]);
  });
  return lines
    .map((line, index) => {
      const ranges = cut[index] ?? [];
      if (ranges.length === 0) return line;
      let kept = '';
      let from = 0;
      for (const [start, end] of ranges) {
        kept += line.slice(from, start);
        from = end;
      }
      return kept + line.slice(from);
    })
    .join('\n');
}

export async function measureLanguageCost(outDir: string): Promise<Map<string, number>> {
  const firstLoad = await measureFirstLoad(outDir);
  const cost = new Map(Object.keys(PARTS).map((part) => [part, 0]));
  for (const file of firstLoad.files) {
    if (file.kind !== 'js') continue;
    const code = await readFile(file.file, 'utf8');
    const mapText = await readFile(`${file.file}.map`, 'utf8').catch(() => null);
    // Vite's own small helpers (its runtime, the preload helper) have no map, and no language code either.
    if (mapText === null) continue;
    const map = new TraceMap(mapText);
    for (const [part, sources] of Object.entries(PARTS)) {
      const without = await compressForTransfer(Buffer.from(withoutSources(code, map, sources)));
      cost.set(part, (cost.get(part) ?? 0) + file.gzipBytes - without.length);
    }
  }
  return cost;
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'citemap-language-cost-'));
  try {
    await buildAppInto(outDir);
    const cost = await measureLanguageCost(outDir);
    for (const [part, bytes] of cost) console.log(`${formatBytes(bytes).padStart(9)}  ${part}`);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
