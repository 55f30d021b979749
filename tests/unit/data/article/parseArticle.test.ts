import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/data/article/parseArticle.ts';
import type { ArticleMeta } from '../../../../src/model/articleMeta.ts';

const storyFolder = new URL('../../../../geo/stories/iran-pakistan-2024/', import.meta.url);
const realText = readFileSync(new URL('source/article.txt', storyFolder), 'utf8');
const realMeta = JSON.parse(readFileSync(new URL('article.meta.json', storyFolder), 'utf8')) as ArticleMeta;

const meta: ArticleMeta = {
  id: 'test-article',
  title: 'A test article',
  titleSource: 'written for the test',
  publisher: 'Test Desk',
  url: 'https://example.org/test-article',
  language: 'en',
};

const smallArticle = [
  '• By A. Writer',
  '• Mon, 15 Jan 2024 11:05 PM (PKT)',
  '• Source: Wire',
  '',
  'First paragraph.',
  '',
  'Read also: an unrelated story',
  '',
  'Second paragraph,',
  'which wraps onto a second line.',
  '',
  '(With inputs from agencies)',
].join('\n');

describe('parseArticle on the seed article', () => {
  const article = parseArticle(realText, realMeta);

  it('reads the header: byline, date and time with its zone, source line', () => {
    expect(article.byline).toBe('Kamal Kumar');
    expect(article.publishedAt).toEqual({ local: '2024-01-20T08:34', utcOffset: '+05:30', zone: 'IST' });
    expect(article.sourceLine).toBe('JND');
  });

  it('numbers all nine paragraphs in order, the "Also Read" link included, as the research counts them', () => {
    expect(article.passages.map((passage) => passage.id)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p8',
      'p9',
    ]);
    expect(article.passages.map((passage) => passage.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('marks only the "Also Read" cross-link as an aside', () => {
    const asides = article.passages.filter((passage) => passage.role === 'aside').map((passage) => passage.id);
    expect(asides).toEqual(['p4']);
    expect(article.passages[3]?.text).toMatch(/^Also Read:/);
  });

  it('keeps the text verbatim, trimmed, with the no-break space inside p1', () => {
    expect(article.passages[0]?.text.startsWith('Pakistan-Iran Row:\u00a0 After hitting')).toBe(true);
    expect(article.passages[5]?.text).toContain('On Tuesday, Iran carried out raids');
    for (const passage of article.passages) expect(passage.text).toBe(passage.text.trim());
  });

  it('takes the closing "(With agency inputs)" as a note, not a passage', () => {
    expect(article.notes).toEqual(['With agency inputs']);
    expect(article.passages.some((passage) => passage.text.includes('agency inputs'))).toBe(false);
  });

  it('takes title, publisher, url and language from the meta file', () => {
    expect(article).toMatchObject(realMeta);
  });
});

describe('parseArticle on other articles', () => {
  it('reads a small article with a PM time, another zone and a differently worded aside', () => {
    const article = parseArticle(smallArticle, meta);
    expect(article.byline).toBe('A. Writer');
    expect(article.publishedAt).toEqual({ local: '2024-01-15T23:05', utcOffset: '+05:00', zone: 'PKT' });
    expect(article.sourceLine).toBe('Wire');
    expect(article.passages.map(({ id, role }) => `${id} ${role}`)).toEqual(['p1 body', 'p2 aside', 'p3 body']);
    expect(article.passages[2]?.text).toBe('Second paragraph,\nwhich wraps onto a second line.');
    expect(article.notes).toEqual(['With inputs from agencies']);
  });

  it('reads CRLF line endings as it reads LF', () => {
    expect(parseArticle(smallArticle.replace(/\n/g, '\r\n'), meta)).toEqual(parseArticle(smallArticle, meta));
  });

  it('treats runs of blank lines, also with spaces or tabs, as one break, and ignores trailing whitespace', () => {
    const loose = smallArticle.replace(/\n\n/g, '\n\n  \n\t\n\n').replace(/\n/g, '   \n');
    expect(parseArticle(loose, meta)).toEqual(parseArticle(smallArticle, meta));
  });

  it('gives a null byline when there is none', () => {
    const article = parseArticle(smallArticle.replace('• By A. Writer\n', ''), meta);
    expect(article.byline).toBeNull();
    expect(article.publishedAt?.local).toBe('2024-01-15T23:05');
  });

  it('gives a null date, byline and source line when there is no header', () => {
    const article = parseArticle('Only paragraph.\n\nAnother.', meta);
    expect(article).toMatchObject({ byline: null, publishedAt: null, sourceLine: null, notes: [] });
    expect(article.passages).toHaveLength(2);
  });

  it('reads 12 AM as midnight', () => {
    const article = parseArticle('• 1 Feb 2024 12:10 AM (GMT)\n\nText.', meta);
    expect(article.publishedAt).toEqual({ local: '2024-02-01T00:10', utcOffset: '+00:00', zone: 'GMT' });
  });

  it('keeps a bracketed paragraph that is not the last one as a passage', () => {
    const article = parseArticle('(Bracketed lead.)\n\nText.', meta);
    expect(article.passages).toHaveLength(2);
    expect(article.notes).toEqual([]);
  });

  it('fails clearly on empty input', () => {
    expect(() => parseArticle('', meta)).toThrow('the article text is empty');
    expect(() => parseArticle(' \r\n\n\t', meta)).toThrow('the article text is empty');
  });

  it('fails clearly on a header with no paragraphs after it', () => {
    expect(() => parseArticle('• By Someone\n\n(With agency inputs)', meta)).toThrow(/no paragraphs/);
  });

  it('refuses a time zone it does not know, rather than guessing an offset', () => {
    expect(() => parseArticle('• Sat, 20 Jan 2024 08:34 AM (CET)\n\nText.', meta)).toThrow(/unknown time zone "CET"/);
  });

  it('refuses a weekday that does not match the date', () => {
    expect(() => parseArticle('• Fri, 20 Jan 2024 08:34 AM (IST)\n\nText.', meta)).toThrow(/not a Fri/);
  });

  it('refuses a header line it cannot read', () => {
    expect(() => parseArticle('• Updated: yesterday\n\nText.', meta)).toThrow(/unrecognised header line/);
  });
});
