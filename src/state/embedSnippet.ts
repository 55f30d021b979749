import { EMBED_PARAM } from './embedMode.ts';

/** The same view framed: the link with `embed`. */
export function embedHref(href: string): string {
  const url = new URL(href);
  url.searchParams.set(EMBED_PARAM, '');
  // "embed=" reads worse than "embed" and means the same.
  return url.href.replace(/([?&])embed=(&|$)/, '$1embed$2');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML a course page pastes to frame this view: sized to fit a column, with a title for screen readers. */
export function embedSnippet(href: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(embedHref(href))}" title="${escapeAttribute(title)}" ` +
    'width="100%" height="520" style="border:0;max-width:960px" loading="lazy" allowfullscreen></iframe>'
  );
}
