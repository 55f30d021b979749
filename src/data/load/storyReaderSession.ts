import { loadI18n } from '../../i18n/i18n.ts';
import type { Locale } from '../../i18n/locales.ts';
import { loadCheckWords } from './checkWords.ts';
import type { StoryLoad } from './loadStory.ts';
import type { StoryShapeValidator } from './quickStoryCheck.ts';
import { readStoryBundle } from './readStoryBundle.ts';
import { MAX_STORY_FILE_BYTES, readStoryText, type StoryTextOptions } from './readStoryText.ts';

/**
 * What the page asks of the story reader's worker: one text to read as a story, its problems in the page's language.
 * The text is either in the request, or it came before it as bytes (`StoryBytes`), sent while the story downloaded.
 */
export interface StoryReadRequest {
  kind: 'read';
  fileName: string;
  /** Absent when the text came as bytes: the worker decodes those. */
  text?: string;
  options: Omit<StoryTextOptions, 'xmlParser' | 'i18n'>;
  locale: Locale;
}

/** A piece of a story's file as it downloads, in order; the read request follows the last. */
export interface StoryBytes {
  kind: 'bytes';
  bytes: Uint8Array;
}

export type StoryReaderMessage = StoryReadRequest | StoryBytes;

/**
 * The worker's answer. A story bundle that passes every check is the parsed text itself (the schemas neither add nor
 * drop anything), so the worker says only that, and the page parses the text it already holds: copying a story of
 * 100,000 incidents back from the worker takes longer than parsing it again.
 */
export type StoryReadAnswer = { kind: 'valid-bundle' } | { kind: 'read'; load: StoryLoad };

async function answer(
  fileName: string,
  text: string,
  request: StoryReadRequest,
  validateShape: StoryShapeValidator | undefined,
): Promise<StoryReadAnswer> {
  const { options, locale } = request;
  // An I18n instance cannot cross to a worker: the worker makes its own, with the checks' words, in the page's language.
  const i18n = await loadCheckWords(await loadI18n(locale));
  const maxChars = options.maxChars ?? MAX_STORY_FILE_BYTES;
  const bundle = readStoryBundle(fileName, text, { maxChars, i18n, validateShape });
  if (bundle.status === 'loaded') return { kind: 'valid-bundle' };
  const notABundle = bundle.status === 'not-a-story' ? { parsedJson: bundle } : {};
  return { kind: 'read', load: await readStoryText(fileName, text, { ...options, ...notABundle, i18n }) };
}

/**
 * What one story reader's worker does with the page's messages, kept apart from the worker's entry so that tests run
 * it in place of a worker: bytes are decoded as they come (the same decoding as `Response.text()`: UTF-8, a byte order
 * mark dropped), so the text is whole as soon as the download is; a read request gets an answer, anything else none.
 * A story bundle is checked with `validateShape` first, where given (the worker's, compiled at build time).
 */
export function storyReaderSession(
  validateShape?: StoryShapeValidator,
): (message: StoryReaderMessage) => Promise<StoryReadAnswer> | null {
  const decoder = new TextDecoder();
  const decoded: string[] = [];
  return (message) => {
    if (message.kind === 'bytes') {
      decoded.push(decoder.decode(message.bytes, { stream: true }));
      return null;
    }
    const text = message.text ?? [...decoded.splice(0), decoder.decode()].join('');
    return answer(message.fileName, text, message, validateShape);
  };
}
