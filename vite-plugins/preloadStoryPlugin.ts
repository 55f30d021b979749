import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { storyDataUrls } from '../src/data/load/storyDataUrls.ts';

/**
 * Asks for the build's story file at once, unless the link names another story (`?story=` with a value), which then
 * is the only story downloaded: a plain `<link rel="preload">` cannot look at the address, and would fetch the build's
 * story for nothing on every page opened by link.
 */
export function preloadStoryScript(href: string): string {
  return (
    'if(!/[?&]story=[^&]/.test(location.search)){' +
    "var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';" +
    `l.href=${JSON.stringify(href)};document.head.appendChild(l)}`
  );
}

/**
 * Makes one date formatter, in a task of its own while the page's scripts download: the first in a page makes ICU load
 * its date data, 14 ms at normal speed and 60 ms with the CPU 4× slower on this machine (Chromium 156), which the
 * app's first render would otherwise wait for; every formatter after it, in any language, takes under a millisecond.
 */
export const WARM_DATE_FORMATTING_SCRIPT =
  "setTimeout(function(){new Intl.DateTimeFormat('en-GB',{timeZone:'UTC'}).format(0)})";

/** The page's one inline script: what the page's own scripts would otherwise wait for, begun from its <head>. */
export function headScript(storyHref: string): string {
  return preloadStoryScript(storyHref) + WARM_DATE_FORMATTING_SCRIPT;
}

/** The CSP source that allows exactly that script, and no other inline script. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** Where the build's story is served, as the app will fetch it (base path and story id from the resolved config). */
export function builtStoryHref(base: string, storyId: unknown): string {
  return storyDataUrls(base, String(storyId)).story;
}

/**
 * The page's <head> with the story's script placed right after the title: before the stylesheet, since a classic
 * script waits for every stylesheet above it to load before it runs, and before the scripts, whose download it joins.
 * After the Content-Security-Policy and the charset, which must come first.
 */
export function withStoryPreload(html: string, script: string): string {
  if (!html.includes('</title>')) throw new Error('index.html has no <title> to put the story preload after');
  return html.replace('</title>', `</title>\n    <script>${script}</script>`);
}

/**
 * Asks the browser, from the page's <head>, for the build's story file at once, alongside the scripts, instead of
 * only once React has started and asked for it: on a fresh load that saves the whole script download and start-up
 * from the time to the map. The app's `fetch` (same origin, default mode) matches this preload and takes its response.
 */
export function preloadStoryPlugin(): Plugin {
  let script = '';
  return {
    name: 'citemap-preload-story',
    configResolved(config) {
      script = headScript(builtStoryHref(config.base, config.env.VITE_STORY_ID));
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withStoryPreload(html, script),
    },
  };
}
