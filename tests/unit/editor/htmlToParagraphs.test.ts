// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, markdownToText } from '../../../src/editor/article/htmlToParagraphs.ts';

describe('htmlToParagraphs', () => {
  it('keeps the text of each block as a paragraph, and inline markup as plain words', () => {
    const html = '<h1>Title</h1><p>First <b>bold</b> and <a href="x">linked</a> words.</p><div>Second\n  para.</div>';
    expect(htmlToParagraphs(html)).toBe('Title\n\nFirst bold and linked words.\n\nSecond para.');
  });

  it('drops scripts, styles and their text, and runs nothing', () => {
    const marker = { ran: false };
    (globalThis as unknown as { pasteRan: typeof marker }).pasteRan = marker;
    const html =
      '<style>p{color:red}</style><p>Kept.</p><script>globalThis.pasteRan.ran = true</script>' +
      '<img src="x" onerror="globalThis.pasteRan.ran = true"><noscript>no</noscript>';
    expect(htmlToParagraphs(html)).toBe('Kept.');
    expect(marker.ran).toBe(false);
  });

  it('reads two line breaks as a paragraph break, one as a space', () => {
    expect(htmlToParagraphs('One<br>line.<br><br>Two.')).toBe('One line.\n\nTwo.');
  });

  it('keeps right-to-left marks and emoji as they are', () => {
    expect(htmlToParagraphs('<p>\u200fשלום 🙂</p>')).toBe('\u200fשלום 🙂');
  });
});

describe('markdownToText', () => {
  it('drops heading and emphasis marks and keeps a link’s words', () => {
    expect(markdownToText('# Head\r\n\r\nSome **strong** and _soft_ [words](https://x.org).')).toBe(
      'Head\n\nSome strong and soft words.',
    );
  });
});
