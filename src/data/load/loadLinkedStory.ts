import { fetchStoryFile } from './fetchStoryFile.ts';
import type { FetchLike } from './fetchText.ts';
import type { ReportStoryLoadProgress } from './storyLoadProgress.ts';
import { EMPTY_ANSWER, type StoryLoad } from './loadStory.ts';
import { MAX_STORY_FILE_BYTES } from './readStoryBundle.ts';
import { readStoryTextOffMainThread } from './readStoryTextOffMainThread.ts';

export interface LinkedStoryOptions {
  signal?: AbortSignal;
  pageUrl?: string;
  maxBytes?: number;
  onProgress?: ReportStoryLoadProgress;
}

/**
 * The story a link names (`?story=`), read exactly as a file the reader opens (`readStoryText`): the same formats, the
 * same 20 MB limit (counted as the file streams in), the same words. The result says where the text came from after
 * any redirects, for the page to show.
 */
export async function loadLinkedStory(
  url: string,
  fetchLike: FetchLike,
  options: LinkedStoryOptions = {},
): Promise<StoryLoad> {
  const maxBytes = options.maxBytes ?? MAX_STORY_FILE_BYTES;
  const { signal, pageUrl, onProgress } = options;
  const fetched = await fetchStoryFile(url, fetchLike, { maxBytes, signal, pageUrl, onProgress });
  if (fetched.status === 'failed') return fetched;
  if (fetched.text.trim() === '') return { status: 'failed', problems: [EMPTY_ANSWER(url)] };
  const { finalUrl, contentType } = fetched;
  onProgress?.({ stage: 'reading', bytes: fetched.text.length });
  const read = await readStoryTextOffMainThread(url, fetched.text, {
    sourceUrl: finalUrl,
    maxChars: maxBytes,
    contentType,
  });
  return read.status === 'loaded' ? { ...read, fetchedFrom: finalUrl } : read;
}
