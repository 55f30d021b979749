import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The frame a platform that accepts only oEmbed gets: a size that suits a course page's column. */
const FRAME = { width: 800, height: 520 } as const;

/** The oEmbed response for the build's story (oEmbed 1.0, type "rich"), framing the app's embed layout at `src`. */
export function oembedFor(title: string, src: string): object {
  const escapedTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Citemap',
    width: FRAME.width,
    height: FRAME.height,
    html: `<iframe src="${src}" title="${escapedTitle}" width="${FRAME.width}" height="${FRAME.height}" style="border:0" loading="lazy" allowfullscreen></iframe>`,
  };
}

/**
 * Writes `oembed.json` beside the page and announces it from the page's head (<link rel="alternate"
 * type="application/json+oembed">), so that platforms which take embeds only through oEmbed can take the map. oEmbed's
 * html must name the app by its full address, which only the deployment knows: CITEMAP_PUBLIC_URL (e.g.
 * https://example.org/citemap/). Without it the file is still written, with the address as a path on the host.
 */
export function oembedPlugin(publicUrl: string | undefined): Plugin {
  let base = '/';
  let storyId = '';
  return {
    name: 'citemap-oembed',
    configResolved(config) {
      base = config.base;
      storyId = String(config.env.VITE_STORY_ID);
    },
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'alternate', type: 'application/json+oembed', href: `${base}oembed.json`, title: 'Citemap' },
          injectTo: 'head',
        },
      ];
    },
    generateBundle() {
      const story = JSON.parse(
        readFileSync(new URL(`../public/data/${storyId}/story.json`, import.meta.url), 'utf8'),
      ) as { title: string };
      // Without the deployment's address, the frame points at the app's path on whatever host serves it.
      const src = publicUrl === undefined ? `${base}?embed` : new URL('?embed', publicUrl).href;
      const response = oembedFor(story.title, src);
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: JSON.stringify(response, null, 2) });
    },
  };
}
