import type { I18n } from '../../i18n/i18n.ts';
import { loadCheckWords } from './checkWords.ts';
import { fetchStoryFile } from './fetchStoryFile.ts';
import type { FetchLike } from './fetchText.ts';
import type { StoryLoad } from './loadStory.ts';
import { MAX_STORY_FILE_BYTES } from './readStoryBundle.ts';
import { readStoryTextOffMainThread } from './readStoryTextOffMainThread.ts';
import type { ReportStoryLoadProgress } from './storyLoadProgress.ts';

import { WHOLE_FILE, whereWords } from './whereWords.ts';

export interface LinkedStoryOptions {
  signal?: AbortSignal;
  pageUrl?: string;
  maxBytes?: number;
  onProgress?: ReportStoryLoadProgress;
  /** The language of the problems; the checks' words are fetched into it first. */
  i18n: I18n;
}

/**
 * The story a link names (`?story=`), read exactly as a file the reader opens (`readStoryText`): the same formats, the
 * same 20 MB limit (counted as the file streams in), the same words. The result says where the text came from after
 * any redirects, for the page to show.
 */
export async function loadLinkedStory(
  url: string,
  fetchLike: FetchLike,
  options: LinkedStoryOptions,
): Promise<StoryLoad> {
  const { i18n } = options;
  await loadCheckWords(i18n);
  const maxBytes = options.maxBytes ?? MAX_STORY_FILE_BYTES;
  const { signal, pageUrl, onProgress } = options;
  const fetched = await fetchStoryFile(url, fetchLike, { maxBytes, signal, pageUrl, onProgress, i18n });
  if (fetched.status === 'failed') return fetched;
  if (fetched.text.trim() === '') {
    const message = i18n._({ id: 'checks.emptyAnswer', message: 'the file is empty (the server sent nothing)' });
    return { status: 'failed', problems: [{ origin: url, path: whereWords(WHOLE_FILE, i18n), message }] };
  }
  const { finalUrl, contentType } = fetched;
  onProgress?.({ stage: 'reading', bytes: fetched.text.length });
  const read = await readStoryTextOffMainThread(url, fetched.text, {
    sourceUrl: finalUrl,
    maxChars: maxBytes,
    contentType,
    i18n,
  });
  return read.status === 'loaded' ? { ...read, fetchedFrom: finalUrl } : read;
}
