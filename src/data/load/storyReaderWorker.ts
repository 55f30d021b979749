/// <reference lib="webworker" />
import { loadI18n } from '../../i18n/i18n.ts';
import type { Locale } from '../../i18n/locales.ts';
import { loadCheckWords } from './checkWords.ts';
import type { StoryLoad } from './loadStory.ts';
import { readStoryBundle } from './readStoryBundle.ts';
import { MAX_STORY_FILE_BYTES, readStoryText, type StoryTextOptions } from './readStoryText.ts';

/** What the page asks of the worker: one text to read as a story, its problems in the page's language. */
export interface StoryReadRequest {
  fileName: string;
  text: string;
  options: Omit<StoryTextOptions, 'xmlParser' | 'i18n'>;
  locale: Locale;
}

/**
 * The worker's answer. A story bundle that passes every check is the parsed text itself (the schemas neither add nor
 * drop anything), so the worker says only that, and the page parses the text it already holds: copying a story of
 * 100,000 incidents back from the worker takes longer than parsing it again.
 */
export type StoryReadAnswer = { kind: 'valid-bundle' } | { kind: 'read'; load: StoryLoad };

async function answer({ fileName, text, options, locale }: StoryReadRequest): Promise<StoryReadAnswer> {
  // An I18n instance cannot cross to a worker: the worker makes its own, with the checks' words, in the page's language.
  const i18n = await loadCheckWords(await loadI18n(locale));
  const bundle = readStoryBundle(fileName, text, { maxChars: options.maxChars ?? MAX_STORY_FILE_BYTES, i18n });
  if (bundle.status === 'loaded') return { kind: 'valid-bundle' };
  const notABundle = bundle.status === 'not-a-story' ? { parsedJson: bundle } : {};
  return { kind: 'read', load: await readStoryText(fileName, text, { ...options, ...notABundle, i18n }) };
}

// One request, one answer: the page starts a worker per large file and ends it with the answer.
self.onmessage = async (event: MessageEvent<StoryReadRequest>) => {
  self.postMessage(await answer(event.data));
};
