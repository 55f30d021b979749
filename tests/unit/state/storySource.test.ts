import { describe, expect, it } from 'vitest';
import { parseStorySource, type StorySource } from '../../../src/state/storySource.ts';
import { describeStorySourceRefusal } from '../../../src/state/describeStorySourceRefusal.ts';
import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';
import { loadI18n, loadPart } from '../../../src/i18n/i18n.ts';

const PAGE = 'https://teacher.example/citemap/?incident=a';

function hrefOf(source: StorySource): string | null {
  return source.kind === 'url' ? source.url.href : null;
}

describe('parseStorySource', () => {
  it('opens the default story when the link names none', () => {
    expect(parseStorySource('', PAGE)).toEqual({ kind: 'default' });
    expect(parseStorySource('?incident=x', PAGE)).toEqual({ kind: 'default' });
    expect(parseStorySource('?story=', PAGE)).toEqual({ kind: 'default' });
    expect(parseStorySource('?story=%20%20', PAGE)).toEqual({ kind: 'default' });
  });

  it('opens an https address on any site', () => {
    expect(hrefOf(parseStorySource('?story=https://data.example/stories/a.json', PAGE))).toBe(
      'https://data.example/stories/a.json',
    );
    expect(hrefOf(parseStorySource('?story=https%3A%2F%2Fdata.example%2Fa.json', PAGE))).toBe(
      'https://data.example/a.json',
    );
  });

  it('resolves a relative address against the page, so a story beside the app can be named by its path', () => {
    expect(hrefOf(parseStorySource('?story=data/other/story.json', PAGE))).toBe(
      'https://teacher.example/citemap/data/other/story.json',
    );
    expect(hrefOf(parseStorySource('?story=/elsewhere/story.json', PAGE))).toBe(
      'https://teacher.example/elsewhere/story.json',
    );
    expect(hrefOf(parseStorySource('?story=//cdn.example/s.json', PAGE))).toBe('https://cdn.example/s.json');
  });

  it('opens plain http only from the page’s own origin', () => {
    const localPage = 'http://127.0.0.1:4173/citemap/';
    expect(hrefOf(parseStorySource('?story=http://127.0.0.1:4173/s.json', localPage))).toBe(
      'http://127.0.0.1:4173/s.json',
    );
    expect(parseStorySource('?story=http://data.example/s.json', PAGE)).toMatchObject({
      kind: 'invalid',
      reason: { why: 'plain-http', address: '"http://data.example/s.json"' },
    });
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['data:application/json,{}'],
    ['data:text/html,<script>window.__pwned=1</script>'],
    ['blob:https://teacher.example/4f1c'],
    ['file:///etc/passwd'],
    ['ftp://data.example/s.json'],
    ['vbscript:msgbox(1)'],
    ['about:blank'],
    ['chrome://settings'],
    ['ws://data.example/s'],
    ['mailto:someone@example.org'],
  ])('refuses %j', (address) => {
    const source = parseStorySource(`?${new URLSearchParams({ story: address }).toString()}`, PAGE);
    expect(source.kind).toBe('invalid');
  });

  it('refuses an address with a user name or password, which would disguise the real host', () => {
    const source = parseStorySource('?story=https://teacher.example@evil.example/s.json', PAGE);
    expect(source).toEqual({
      kind: 'invalid',
      reason: { why: 'credentials', address: '"https://teacher.example@evil.example/s.json"' },
    });
  });

  it('refuses a link that names two different stories, but not one named twice', () => {
    expect(parseStorySource('?story=a.json&story=b.json', PAGE)).toEqual({
      kind: 'invalid',
      reason: { why: 'two-stories' },
    });
    expect(parseStorySource('?story=a.json&story=a.json', PAGE).kind).toBe('url');
  });

  it('refuses what is not an address, quoting it shortened', () => {
    const source = parseStorySource('?story=https://exa%20mple.example/', PAGE);
    expect(source).toEqual({
      kind: 'invalid',
      reason: { why: 'not-an-address', address: '"https://exa mple.example/"' },
    });
    const long = parseStorySource(`?story=https://${'a'.repeat(3000)}.example/`, PAGE);
    expect(long).toEqual({ kind: 'invalid', reason: { why: 'too-long', maxLength: 2048 } });
  });
});

describe('describeStorySourceRefusal', () => {
  it('says why a link is refused in English, and in Urdu with the address as the link has it', async () => {
    const refusal = { why: 'credentials', address: '"https://teacher.example@evil.example/s.json"' } as const;
    expect(describeStorySourceRefusal(refusal, englishChecksI18n)).toBe(
      '"https://teacher.example@evil.example/s.json" contains a user name or password; those are not opened',
    );
    const urdu = await loadI18n('ur');
    await loadPart('checks');
    const words = describeStorySourceRefusal(refusal, urdu);
    expect(words).toMatch(/\p{Script=Arabic}/u);
    expect(words).toContain(refusal.address);
    expect(words.replace(refusal.address, '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
