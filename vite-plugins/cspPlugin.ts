import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { builtStoryHref, headScript, scriptHashSource } from './preloadStoryPlugin.ts';

/**
 * Writes the Content-Security-Policy into the built index.html as a meta tag, so that any static host serves it without
 * configuration. Build only: the dev server injects inline scripts for hot reload, which the policy forbids.
 * The tile origin comes from VITE_TILE_URL as Vite resolved it (environment or .env files), the same value the app
 * reads through import.meta.env.
 */
export function cspPlugin(): Plugin {
  let policy = '';
  return {
    name: 'citemap-content-security-policy',
    apply: 'build',
    configResolved(config) {
      const tileUrl: unknown = config.env.VITE_TILE_URL;
      const script = headScript(builtStoryHref(config.base, config.env.VITE_STORY_ID));
      policy = contentSecurityPolicy({
        tileUrl: typeof tileUrl === 'string' ? tileUrl : undefined,
        inlineScriptHashes: [scriptHashSource(script)],
      });
    },
    transformIndexHtml() {
      // First in <head>: a meta policy governs only what the document loads after it.
      return [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ];
    },
  };
}
