import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtFileOf, firstLoadAssets, measureFirstLoad } from '../../../bench/firstLoad.ts';

const BUILT_PAGE = `<!doctype html>
<html><head>
  <!-- <script type="module" src="/assets/old.js"></script> -->
  <link rel="icon" href="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" />
  <script type="module" crossorigin src="/app/assets/index-a1.js"></script>
  <link rel="modulepreload" crossorigin href="/app/assets/vendor-b2.js">
  <link rel=stylesheet href='/app/assets/index-c3.css'>
  <link rel="preload" href="/app/data/story.json" as="fetch" crossorigin="anonymous">
  <link rel="preload" href="/app/assets/font.css" as="style">
  <link rel="modulepreload" href="/app/assets/vendor-b2.js">
</head><body><script>/* inline: no file to fetch */</script></body></html>`;

describe('firstLoadAssets', () => {
  it('takes the entry script, preloaded modules and styles, in order, each once', () => {
    expect(firstLoadAssets(BUILT_PAGE)).toEqual([
      { kind: 'js', href: '/app/assets/index-a1.js' },
      { kind: 'js', href: '/app/assets/vendor-b2.js' },
      { kind: 'css', href: '/app/assets/index-c3.css' },
      { kind: 'css', href: '/app/assets/font.css' },
    ]);
  });

  it('leaves out data preloads, icons, inline scripts and commented-out tags', () => {
    const hrefs = firstLoadAssets(BUILT_PAGE).map((asset) => asset.href);
    expect(hrefs).not.toContain('/app/data/story.json');
    expect(hrefs).not.toContain('/assets/old.js');
    expect(hrefs.some((href) => href.startsWith('data:'))).toBe(false);
  });
});

describe('builtFileOf', () => {
  it('maps an address under the base to the file in the build folder', () => {
    expect(builtFileOf('/app/assets/index-a1.js?v=1', '/tmp/out', '/app/')).toBe('/tmp/out/assets/index-a1.js');
    expect(builtFileOf('./assets/x.css', '/tmp/out', './')).toBe('/tmp/out/assets/x.css');
  });

  it('refuses code from elsewhere rather than leave it out of the figure', () => {
    expect(() => builtFileOf('https://cdn.example/react.js', '/tmp/out', '/')).toThrow(/outside the build/);
    expect(() => builtFileOf('//cdn.example/react.js', '/tmp/out', '/')).toThrow(/outside the build/);
    expect(() => builtFileOf('/../../etc/passwd', '/tmp/out', '/')).toThrow(/outside/);
  });
});

describe('measureFirstLoad', () => {
  it('adds up the gzip (level 6) sizes of the first-load files only', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'citemap-first-load-'));
    try {
      await mkdir(join(outDir, 'assets'));
      const entry = 'console.log("entry");'.repeat(200);
      const vendor = 'export const v = [1, 2, 3];'.repeat(100);
      const styles = 'body { margin: 0 }\n'.repeat(50);
      await writeFile(join(outDir, 'assets/entry.js'), entry);
      await writeFile(join(outDir, 'assets/vendor.js'), vendor);
      await writeFile(join(outDir, 'assets/lazy.js'), 'x'.repeat(10_000));
      await writeFile(join(outDir, 'assets/styles.css'), styles);
      await writeFile(
        join(outDir, 'index.html'),
        `<script type="module" src="/assets/entry.js"></script><link rel="modulepreload" href="/assets/vendor.js">` +
          `<link rel="stylesheet" href="/assets/styles.css">`,
      );
      const gzipped = (text: string) => gzipSync(text, { level: 6 }).length;

      const firstLoad = await measureFirstLoad(outDir);

      expect(firstLoad.jsGzipBytes).toBe(gzipped(entry) + gzipped(vendor));
      expect(firstLoad.cssGzipBytes).toBe(gzipped(styles));
      expect(firstLoad.totalGzipBytes).toBe(firstLoad.jsGzipBytes + firstLoad.cssGzipBytes);
      expect(firstLoad.files.map((file) => file.href)).not.toContain('/assets/lazy.js');
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  it('fails when the page names a file the build does not have', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'citemap-first-load-'));
    try {
      await writeFile(join(outDir, 'index.html'), '<script type="module" src="/assets/missing.js"></script>');
      await expect(measureFirstLoad(outDir)).rejects.toThrow(/ENOENT/);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
