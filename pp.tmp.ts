import { readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { launchChromium } from './bench/browser.ts';
import { startStaticServer } from './bench/staticServer.ts';
import { findClickTarget, NAME_HELPER_SHIM } from './bench/pageProbes.ts';
const dir = 'bench/results/build/app-100000';
const server = await startStaticServer({ from: 4386, to: 4389 });
server.mount('/app/', dir);
const browser = await launchChromium();
const maps = new Map<string, TraceMap | null>();
function mapFrame(url: string, line: number, col: number) {
  const file = url.split('/app/')[1];
  if (!file) return `${url.split('/').pop()}:${line}`;
  if (!maps.has(file)) { try { maps.set(file, new TraceMap(readFileSync(`${dir}/${file}.map`, 'utf8'))); } catch { maps.set(file, null); } }
  const m = maps.get(file);
  if (!m) return `${file}:${line}:${col}`;
  const p = originalPositionFor(m, { line: line + 1, column: col });
  return `${p.name ?? '?'} ${p.source?.replace(/^.*?(src|node_modules)\//, '$1/')}:${p.line}`;
}
for (let run = 0; run < 2; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(/tile\.openstreetmap\.org/, (r) => r.fulfill({ body: readFileSync('tests/fixtures/tile.png'), contentType: 'image/png' }));
  const page = await context.newPage();
  await page.addInitScript({ content: NAME_HELPER_SHIM });
  await page.goto(`${server.origin}/app/`);
  await page.waitForFunction(() => document.querySelectorAll('.leaflet-marker-icon').length > 20, null, { timeout: 60000 });
  await page.waitForTimeout(3000);
  let target = await page.evaluate(findClickTarget);
  for (let i = 0; i < 12 && target?.cluster; i++) { await page.mouse.click(target.x, target.y); await page.waitForTimeout(1500); target = await page.evaluate(findClickTarget); }
  if (!target || target.cluster) throw new Error('no target');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const t = Date.now();
  await page.mouse.click(target.x, target.y);
  await page.waitForSelector('.leaflet-popup');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const ms = Date.now() - t;
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const deltas = profile.timeDeltas ?? [];
  profile.samples!.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const n = byId.get(id)!;
    const cf = n.callFrame;
    const key = cf.url ? mapFrame(cf.url, cf.lineNumber, cf.columnNumber) : cf.functionName || '(native)';
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const c = byId.get(cur)!.callFrame;
      if (!c.url) continue;
      const k = mapFrame(c.url, c.lineNumber, c.columnNumber);
      if (seen.has(k)) continue; seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  console.log('run', run, 'click→popup', ms, 'ms', target);
  console.log(' SELF', [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n      '));
  console.log(' TOTAL', [...total].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n      '));
  await context.close();
}
await browser.close(); await server.close();
