import type { I18n } from '../../i18n/i18n.ts';
import { loadCheckWords } from './checkWords.ts';
import { WORKER_FROM_CHARS, type StoryLoad } from './loadStory.ts';
import { readStoryBundle } from './readStoryBundle.ts';
import type { ReportStoryLoadProgress } from './storyLoadProgress.ts';

/**
 * The build's own story when its hash did not vouch for it, checked as any story is, its problems in the instance's
 * language. A large one (a dataset deployed as the build's story) is read in a worker, as a large file or link is:
 * by `reader` where there is one, the worker started and sent the story's bytes while it downloaded. One that is
 * GeoJSON is read as any file is, by code fetched only then.
 */
export async function checkBuildStory(
  url: string,
  text: string,
  i18n: I18n,
  { onProgress, reader }: { onProgress?: ReportStoryLoadProgress; reader?: Worker | null } = {},
): Promise<StoryLoad> {
  await loadCheckWords(i18n);
  if (text.length >= WORKER_FROM_CHARS) {
    const { readStoryTextOffMainThread } = await import('./readStoryTextOffMainThread.ts');
    onProgress?.({ stage: 'reading', bytes: text.length });
    return readStoryTextOffMainThread(url, text, { maxChars: Infinity, i18n }, reader ?? undefined);
  }
  // A reader is started only for a text this long or longer (watchStoryDownload): there is none to end here.
  const bundle = readStoryBundle(url, text, { maxChars: Infinity, i18n });
  if (bundle.status !== 'not-a-story') return bundle;
  const { readStoryText } = await import('./readStoryText.ts');
  return readStoryText(url, text, { maxChars: Infinity, parsedJson: bundle, i18n });
}
