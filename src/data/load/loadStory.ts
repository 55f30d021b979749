import type { DataProblem } from '../../model/describeIssues.ts';
import type { Story } from '../../model/story.ts';
import { browserFetch, fetchText, type FetchLike } from './fetchText.ts';
import { readStoryBundle } from './readStoryBundle.ts';

export type StoryLoad = { status: 'loaded'; story: Story } | { status: 'failed'; problems: DataProblem[] };

/** A download cut off before it began reads as what it is, not as a file the reader left empty. */
const EMPTY_ANSWER = (url: string): DataProblem => ({
  origin: url,
  path: '(top level)',
  message: 'the file is not valid JSON (the server sent nothing)',
});

/**
 * The SHA-256 of a text, in hex; null where the browser gives no digest (an insecure context), so that the story is
 * then validated as any other.
 */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetches a story by its address and reads it as a file the reader opened is read (`readStoryText`): a story file or
 * a GeoJSON FeatureCollection of points, its shape and then every quote and id checked, problems named alike.
 */
export async function loadStory(
  url: string,
  fetchLike: FetchLike = browserFetch,
  trustedSha256?: string,
): Promise<StoryLoad> {
  const fetched = await fetchText(url, fetchLike);
  if (fetched.status === 'failed') return fetched;
  if (fetched.text.trim() === '') return { status: 'failed', problems: [EMPTY_ANSWER(url)] };
  if (trustedSha256 !== undefined && (await sha256Hex(fetched.text)) === trustedSha256) {
    // Byte for byte the file the data build validated (schema, quotes, ids, honesty rules): validating it again
    // would cost a school laptop a fifth of a second before the first marks, for nothing.
    return { status: 'loaded', story: JSON.parse(fetched.text) as Story };
  }
  const bundle = readStoryBundle(url, fetched.text, { maxChars: Infinity });
  if (bundle.status !== 'not-a-story') return bundle;
  // Anything else (GeoJSON) is read as a file the reader opened is, by code fetched only then.
  const { readStoryText } = await import('./readStoryText.ts');
  return readStoryText(url, fetched.text, { sourceUrl: url, maxChars: Infinity });
}
