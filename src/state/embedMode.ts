/** The link parameter that puts the app in its embed layout, for an <iframe> in a course page or a blog. */
export const EMBED_PARAM = 'embed';

/** Whether the page was opened to be framed: `?embed` (any value, or none). */
export function isEmbedded(search: string): boolean {
  return new URLSearchParams(search).has(EMBED_PARAM);
}

/** The same view as a full page: the link without `embed`, for "Open the full map". */
export function fullMapHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(EMBED_PARAM);
  return url.href;
}
