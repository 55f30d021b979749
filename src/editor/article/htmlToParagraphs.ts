/** Elements whose content is never article text. */
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'BUTTON',
]);

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'TABLE',
  'TR',
  'FIGCAPTION',
  'FIGURE',
  'ADDRESS',
  'HR',
]);

function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
}

/**
 * The text of pasted or opened HTML as paragraphs separated by a blank line, the shape `parseArticle` reads. The
 * markup is parsed by DOMParser into a document that is never attached to the page, so nothing in it runs or loads;
 * scripts, styles and other non-text elements are dropped, and only text is kept.
 */
export function htmlToParagraphs(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs: string[] = [];
  let current = '';
  function endParagraph(): void {
    const text = collapseSpaces(current);
    if (text !== '') paragraphs.push(text);
    current = '';
  }
  function walk(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (DROPPED.has(tag)) return;
    if (tag === 'BR') {
      // Two line breaks in a row are how some pages separate paragraphs; one is a line inside a paragraph.
      if (/\n$/.test(current)) endParagraph();
      else current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) endParagraph();
    node.childNodes.forEach(walk);
    if (block) endParagraph();
  }
  walk(document.body);
  endParagraph();
  return paragraphs.join('\n\n');
}

/** Plain text as the article parser reads it: one kind of line end, no byte-order mark. */
export function normalisePlainText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Markdown read as text: headings and emphasis marks dropped, links kept as their words. */
export function markdownToText(markdown: string): string {
  return normalisePlainText(markdown)
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, '$1$2');
}
