import type { StoryLoad } from './loadStory.ts';
import { MAX_STORY_FILE_BYTES } from './readStoryText.ts';
import { readStoryTextOffMainThread } from './readStoryTextOffMainThread.ts';

/** The part of a browser `File` that opening a story needs; tests pass a plain object. */
export interface StoryFileLike {
  name: string;
  size: number;
  text: () => Promise<string>;
}

/**
 * A file the reader dropped or chose, as a story. The size is checked before reading, so that a film dropped by
 * mistake is refused at once instead of being read into memory. Never rejects: a file the browser cannot read (moved,
 * or its permission withdrawn since it was chosen) is one more problem to show.
 */
export async function readStoryFile(file: StoryFileLike): Promise<StoryLoad> {
  if (file.size > MAX_STORY_FILE_BYTES) {
    const megabytes = Math.round(MAX_STORY_FILE_BYTES / 1024 / 1024);
    return {
      status: 'failed',
      problems: [
        {
          origin: file.name,
          path: '(file)',
          message: `the file is larger than ${megabytes} MB, more than any story needs: not opened`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown reason';
    return {
      status: 'failed',
      problems: [{ origin: file.name, path: '(file)', message: `the browser could not read the file (${reason})` }],
    };
  }
  return readStoryTextOffMainThread(file.name, text);
}
