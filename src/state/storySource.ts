import { isWebProtocol } from '../data/load/webAddress.ts';

/**
 * Which story a link asks for: `?story=<address>` opens a story file from another address, `?story` absent opens the
 * build's own story. The address is data from a link anyone can craft, so only plain web addresses pass.
 */
export type StorySource =
  { kind: 'default' } | { kind: 'url'; url: URL } | { kind: 'invalid'; reason: StorySourceRefusal };

/**
 * Why a link's `story=` is not opened, as data: its words are in the checks' catalog, fetched only when a link is
 * refused (describeStorySourceRefusal.ts), so the first load carries neither. `address` is the value, shortened and
 * quoted.
 */
export type StorySourceRefusal =
  | { why: 'two-stories' }
  | { why: 'too-long'; maxLength: number }
  | { why: 'not-an-address' | 'not-web' | 'credentials' | 'plain-http'; address: string };

/** Longer than any real address; a link this long is a mistake or an attack, and either way not worth fetching. */
const MAX_ADDRESS_LENGTH = 2048;

function shown(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(short);
}

/**
 * Reads `?story=` from a page's query string. A relative address is resolved against the page, so a story next to
 * the app can be named by its path. Refused: every scheme but http(s) (javascript:, data:, blob:, file: and the rest),
 * addresses with a user name or password (browsers refuse to fetch them, and they disguise the real host), plain
 * http to another host (mixed content, and the Content-Security-Policy allows only https: beyond the app's own
 * origin), and a link that names two different stories.
 */
export function parseStorySource(search: string, pageUrl: string | URL): StorySource {
  const values = [...new Set(new URLSearchParams(search).getAll('story').map((value) => value.trim()))].filter(
    (value) => value !== '',
  );
  const [value] = values;
  if (value === undefined) return { kind: 'default' };
  if (values.length > 1) return { kind: 'invalid', reason: { why: 'two-stories' } };
  if (value.length > MAX_ADDRESS_LENGTH) {
    return { kind: 'invalid', reason: { why: 'too-long', maxLength: MAX_ADDRESS_LENGTH } };
  }
  const refuse = (why: 'not-an-address' | 'not-web' | 'credentials' | 'plain-http'): StorySource => ({
    kind: 'invalid',
    reason: { why, address: shown(value) },
  });
  let page: URL;
  let url: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(value, page);
  } catch {
    return refuse('not-an-address');
  }
  if (!isWebProtocol(url)) return refuse('not-web');
  if (url.username !== '' || url.password !== '') return refuse('credentials');
  if (url.protocol === 'http:' && url.origin !== page.origin) return refuse('plain-http');
  return { kind: 'url', url };
}
