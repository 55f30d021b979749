/** Where the online basemap's tiles come from, as the build configures it (see src/map/tileSource.ts). */
export interface ContentSecurityPolicyOptions {
  /** VITE_TILE_URL as set at build time: undefined means OpenStreetMap, "none" or empty means no tile server. */
  tileUrl: string | undefined;
  /** CSP hash sources of the page's own inline scripts (the story preload), each allowing that script alone. */
  inlineScriptHashes?: readonly string[];
}

const OPENSTREETMAP_TILE_ORIGIN = 'https://tile.openstreetmap.org';

// A host-source may hold only these characters; anything else would let a build setting smuggle in another directive.
const HOST_LABEL = /^[a-z0-9-]+$/;

/**
 * The CSP source expression that allows a tile URL template's images. A placeholder in the host (Leaflet's `{s}`
 * subdomains) becomes a `*.` wildcard over the labels to its right, the only wildcard CSP knows; a relative template
 * is served by the app's own host and needs nothing beyond 'self'.
 */
export function tileOriginFor(tileUrl: string | undefined): string | null {
  const template = tileUrl?.trim();
  if (template === undefined) return OPENSTREETMAP_TILE_ORIGIN;
  if (template === '' || template.toLowerCase() === 'none') return null;
  if (template.startsWith('/') && !template.startsWith('//')) return null;
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (match === null) {
    throw new Error(`VITE_TILE_URL "${template}" is neither an http(s) URL template, a path on this host, nor "none"`);
  }
  const scheme = (match[1] ?? '').toLowerCase();
  const [host = '', port] = (match[2] ?? '').toLowerCase().split(/:(?=[^:]*$)/);
  const labels = host.split('.');
  const lastPlaceholder = labels.findLastIndex((label) => label.includes('{'));
  const fixedLabels = labels.slice(lastPlaceholder + 1);
  const portSuffix = port === undefined ? '' : `:${port}`;
  // A wildcard needs two fixed labels at least: "*.example.org", never "*.org".
  const enoughLabels = fixedLabels.length >= (lastPlaceholder >= 0 ? 2 : 1);
  if (!enoughLabels || !fixedLabels.every((label) => HOST_LABEL.test(label)) || !/^\d*$/.test(port ?? '')) {
    throw new Error(`VITE_TILE_URL "${template}": cannot derive a Content-Security-Policy source from its host`);
  }
  const wildcard = lastPlaceholder >= 0 ? '*.' : '';
  return `${scheme}://${wildcard}${fixedLabels.join('.')}${portSuffix}`;
}

/**
 * The policy the built app runs under, as the content of a `<meta http-equiv="Content-Security-Policy">`.
 *
 * - Scripts only from the app's own files, and the one inline script the build writes (the story preload), allowed
 *   by its hash: no other inline script, no eval, so a hostile story's text cannot run even if a rendering bug ever
 *   put it into the page as HTML.
 * - Styles only from the app's own stylesheet: no <style> element and no style="" attribute in markup. Leaflet and
 *   React still move and size things, because they write `element.style` through the CSSOM, which CSP does not
 *   govern; only style text parsed from markup is blocked (checked in Chromium against the built app). Should a
 *   future change need style attributes, `style-src-attr 'unsafe-inline'` opens exactly those and no more.
 * - Images from the app, data: URLs (the favicon, Leaflet's bundled icons) and the tile server only.
 * - connect-src allows any https: origin so that `?story=` can open a story file hosted elsewhere (with CORS): the file
 *   is data, validated before use, never code. Plain http: stays refused, as mixed content would be.
 * - frame-ancestors cannot be set from a meta tag; a host that wants it must send it as a header.
 */
export function contentSecurityPolicy({ tileUrl, inlineScriptHashes = [] }: ContentSecurityPolicyOptions): string {
  const tileOrigin = tileOriginFor(tileUrl);
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes].join(' '),
    "style-src 'self'",
    ["img-src 'self' data:", tileOrigin].filter((part) => part !== null).join(' '),
    "font-src 'self'",
    "connect-src 'self' https:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  return directives.join('; ');
}
