import { runInNewContext } from 'node:vm';
import type { HtmlTagDescriptor, ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, tileOriginFor } from '../../../vite-plugins/contentSecurityPolicy.ts';
import { cspPlugin } from '../../../vite-plugins/cspPlugin.ts';
import { headScript, scriptHashSource, withStoryPreload } from '../../../vite-plugins/preloadStoryPlugin.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/** Runs the plugin as `vite build` would, with the environment Vite resolved, and returns the tags it injects. */
function injectedTags(env: Record<string, string>): HtmlTagDescriptor[] {
  const plugin = cspPlugin();
  const { configResolved, transformIndexHtml } = plugin;
  if (typeof configResolved !== 'function' || typeof transformIndexHtml !== 'function') {
    throw new Error('the plugin should define configResolved and transformIndexHtml as functions');
  }
  void configResolved.call(
    {} as never,
    {
      env: { VITE_STORY_ID: 'a-story', ...env },
      base: '/app/',
    } as unknown as ResolvedConfig,
  );
  const tags = transformIndexHtml.call({} as never, '<html></html>', { path: '/index.html', filename: 'index.html' });
  if (!Array.isArray(tags)) throw new Error('the plugin should return tags to inject');
  return tags;
}

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles only from the app, and no eval, inline script or inline style', () => {
    const policy = directives(contentSecurityPolicy({ tileUrl: undefined }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(contentSecurityPolicy({ tileUrl: undefined })).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('lets story files be fetched from the app or any https site, nothing else', () => {
    expect(directives(contentSecurityPolicy({ tileUrl: undefined })).get('connect-src')).toEqual(["'self'", 'https:']);
  });

  it('allows images from the app, data: URLs and the tile server the build uses', () => {
    const imageSources = (tileUrl: string | undefined) => directives(contentSecurityPolicy({ tileUrl })).get('img-src');
    expect(imageSources(undefined)).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    expect(imageSources('https://tiles.example.org:8443/{z}/{x}/{y}.png')).toEqual([
      "'self'",
      'data:',
      'https://tiles.example.org:8443',
    ]);
    expect(imageSources('none')).toEqual(["'self'", 'data:']);
    expect(imageSources('')).toEqual(["'self'", 'data:']);
    expect(imageSources('/tiles/{z}/{x}/{y}.png')).toEqual(["'self'", 'data:']);
  });
});

describe('tileOriginFor', () => {
  it('turns a subdomain placeholder into a wildcard over the labels to its right', () => {
    expect(tileOriginFor('https://{s}.tile.openstreetmap.fr/hot/{z}/{x}/{y}.png')).toBe(
      'https://*.tile.openstreetmap.fr',
    );
    expect(tileOriginFor('https://tiles-{s}.maps.example.com/{z}/{x}/{y}.png')).toBe('https://*.maps.example.com');
    expect(tileOriginFor('HTTP://Tiles.Example.COM/{z}/{x}/{y}.png')).toBe('http://tiles.example.com');
    expect(tileOriginFor('http://localhost:8080/tiles/{z}/{x}/{y}.png')).toBe('http://localhost:8080');
    expect(tileOriginFor('http://192.168.1.10/{z}/{x}/{y}.png')).toBe('http://192.168.1.10');
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:image/png;base64,AAAA'],
    ['//tiles.example.com/{z}/{x}/{y}.png'],
    ["https://tiles.example.com; script-src 'unsafe-inline'/{z}/{x}/{y}.png"],
    ['https://tiles.example.com"><script>/{z}.png'],
    ['https://user@tiles.example.com/{z}/{x}/{y}.png'],
    ['https://tiles.{s}/{z}/{x}/{y}.png'],
    ['https://{s}.org/{z}/{x}/{y}.png'],
    ['https://[::1]/{z}/{x}/{y}.png'],
  ])('refuses to build with a tile URL it cannot turn into a safe source: %j', (tileUrl) => {
    expect(() => tileOriginFor(tileUrl)).toThrow(/VITE_TILE_URL/);
  });
});

describe('cspPlugin', () => {
  it('runs only for `vite build`, since the dev server needs inline scripts for hot reload', () => {
    expect(cspPlugin().apply).toBe('build');
  });

  it('puts the policy first in <head>, with the tile server Vite resolved from VITE_TILE_URL', () => {
    expect(injectedTags({ VITE_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' })).toEqual([
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy({
            tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
            inlineScriptHashes: [scriptHashSource(headScript('/app/data/a-story/story.json'))],
          }),
        },
        injectTo: 'head-prepend',
      },
    ]);
    const [tag] = injectedTags({ VITE_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' });
    expect(tag?.attrs?.content).toContain("img-src 'self' data: https://*.tiles.example.org;");
  });

  it('falls back to OpenStreetMap when VITE_TILE_URL is not set, and to no tile server for "none"', () => {
    expect(injectedTags({})[0]?.attrs?.content).toContain("img-src 'self' data: https://tile.openstreetmap.org;");
    expect(injectedTags({ VITE_TILE_URL: 'none' })[0]?.attrs?.content).toContain("img-src 'self' data:;");
  });
});

describe('the story preload, the one inline script', () => {
  /** Runs the script against a stand-in page: what it appends to <head>, for a given query string. */
  function preloadsFor(search: string): Record<string, string>[] {
    const appended: Record<string, string>[] = [];
    const document = {
      createElement: () => ({}) as Record<string, string>,
      head: { appendChild: (element: Record<string, string>) => appended.push(element) },
    };
    runInNewContext(headScript('/app/data/a-story/story.json'), {
      location: { search },
      document,
      setTimeout: () => undefined,
    });
    return appended;
  }

  it('makes one date formatter, later, in a task of its own, whatever story the link names', () => {
    for (const search of ['', '?story=https%3A%2F%2Fdata.example%2Fa.geojson']) {
      const queued: (() => void)[] = [];
      const made: unknown[][] = [];
      const document = { createElement: () => ({}), head: { appendChild: () => undefined } };
      const Intl = {
        DateTimeFormat: function DateTimeFormat(...args: unknown[]) {
          made.push(args);
          return { format: () => '1 Jan 1970' };
        },
      };
      runInNewContext(headScript('/app/data/a-story/story.json'), {
        location: { search },
        document,
        Intl,
        setTimeout: (task: () => void) => queued.push(task),
      });
      expect(made, 'nothing is made while the page parses').toEqual([]);
      expect(queued).toHaveLength(1);
      queued[0]?.();
      expect(made).toEqual([['en-GB', { timeZone: 'UTC' }]]);
    }
  });

  it('asks for the build’s story at once when the link names no other story', () => {
    expect(preloadsFor('')).toEqual([
      { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: '/app/data/a-story/story.json' },
    ]);
    expect(preloadsFor('?incident=x&story=')).toHaveLength(1);
  });

  it('asks for nothing when the link names another story, which is then the only one downloaded', () => {
    expect(preloadsFor('?story=https%3A%2F%2Fdata.example%2Fa.geojson')).toEqual([]);
    expect(preloadsFor('?lang=en&story=examples/minimal-story.json')).toEqual([]);
  });

  it('comes before the stylesheet, which a classic script would wait for, and before the scripts', () => {
    const head = [
      '<head><meta http-equiv="Content-Security-Policy" content="…"><meta charset="UTF-8" /><title>Citemap</title>',
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      '<link rel="stylesheet" crossorigin href="/assets/index.css"></head>',
    ].join('\n');
    const html = withStoryPreload(head, 'STORY();');
    const at = (text: string) => html.indexOf(text);
    expect(at('<script>STORY();</script>')).toBeGreaterThan(at('</title>'));
    expect(at('<script>STORY();</script>')).toBeLessThan(at('<script type="module"'));
    expect(at('<script>STORY();</script>')).toBeLessThan(at('<link rel="stylesheet"'));
    expect(() => withStoryPreload('<head></head>', 'STORY();')).toThrow(/no <title>/);
  });

  it('is allowed by its SHA-256 alone: the policy names its hash, and a changed script has another', () => {
    const script = headScript('/app/data/a-story/story.json');
    const policy = directives(injectedTags({})[0]?.attrs?.content as string);
    expect(policy.get('script-src')).toEqual(["'self'", scriptHashSource(script)]);
    expect(scriptHashSource(`${script} `)).not.toBe(scriptHashSource(script));
  });
});
