import type { Plugin } from 'vite';
import { storyDataUrls } from '../src/data/load/storyDataUrls.ts';

/**
 * Asks the browser, from the page's <head>, for the build's story file at once, alongside the scripts, instead of
 * only once React has started and asked for it: on a fresh load that saves the whole script download and start-up
 * from the time to the map. The app's `fetch` (same origin, default mode) matches this preload and takes its response.
 * A page opened with another story (`?story=`) has fetched this one for nothing: about 30 kB, cheaper than the wait.
 */
export function preloadStoryPlugin(): Plugin {
  let href = '';
  return {
    name: 'citemap-preload-story',
    configResolved(config) {
      href = storyDataUrls(config.base, String(config.env.VITE_STORY_ID)).story;
    },
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head',
        },
      ];
    },
  };
}
