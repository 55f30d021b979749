import type { I18n } from '../../i18n/i18n.ts';
import { loadCheckWords } from './checkWords.ts';
import type { StoryLoad } from './loadStory.ts';
import { tooLargeMessage } from './readStoryBundle.ts';
import { MAX_STORY_FILE_BYTES } from './readStoryText.ts';
import { readStoryTextOffMainThread } from './readStoryTextOffMainThread.ts';

import { WHOLE_FILE, whereWords } from './whereWords.ts';

/** The part of a browser `File` that opening a story needs; tests pass a plain object. */
export interface StoryFileLike {
  name: string;
  size: number;
  text: () => Promise<string>;
}

/**
 * A file the reader dropped or chose, as a story. The size is checked before reading, so that a film dropped by
 * mistake is refused at once instead of being read into memory. Never rejects: a file the browser cannot read (moved,
 * or its permission withdrawn since it was chosen) is one more problem to show. The problems are in the instance's
 * language, whose checks' words this fetches first.
 */
export async function readStoryFile(file: StoryFileLike, i18n: I18n): Promise<StoryLoad> {
  await loadCheckWords(i18n);
  if (file.size > MAX_STORY_FILE_BYTES) {
    return {
      status: 'failed',
      problems: [
        { origin: file.name, path: whereWords(WHOLE_FILE, i18n), message: tooLargeMessage(MAX_STORY_FILE_BYTES, i18n) },
      ],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = i18n._({
      id: 'checks.unreadableFile',
      message: 'the browser could not read the file ({reason})',
      values: { reason },
    });
    return { status: 'failed', problems: [{ origin: file.name, path: whereWords(WHOLE_FILE, i18n), message }] };
  }
  return readStoryTextOffMainThread(file.name, text, { i18n });
}
