import type { I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import { STORY_SCHEMA_VERSION } from '../../model/story.ts';
import type { StoryLoad } from './loadStory.ts';
import { validateStory } from './validateStory.ts';
import type { StoryShapeValidator } from './quickStoryCheck.ts';
import { parseJson } from './answerProblems.ts';
import { isRecord } from '../../model/isRecord.ts';
import { TOP_LEVEL, WHOLE_FILE, whereWords } from './whereWords.ts';

/**
 * The largest file a reader may open. The story this app was built for is about 0.1 MB; a file two hundred times
 * that is almost certainly the wrong file, and parsing it would freeze the page on a classroom laptop. Compare a
 * File's `size` with this before reading it; `readStoryText` checks again, by characters, which never exceed bytes.
 */
export const MAX_STORY_FILE_BYTES = 20 * 1024 * 1024;

/** Enough to fix a file by; a file with thousands of problems is the wrong file, and a longer list helps nobody. */
const MAX_PROBLEMS = 50;

export function refuse(origin: string, path: string, message: string): StoryLoad {
  return { status: 'failed', problems: [{ origin, path, message }] };
}

export function limitProblems(result: StoryLoad, origin: string, i18n: I18n): StoryLoad {
  if (result.status === 'loaded' || result.problems.length <= MAX_PROBLEMS) return result;
  const more: DataProblem = {
    origin,
    path: whereWords(WHOLE_FILE, i18n),
    message: i18n._({
      id: 'checks.moreProblems',
      message: 'and {count, plural, one {# more problem} other {# more problems}} like these',
      values: { count: result.problems.length - MAX_PROBLEMS + 1 },
    }),
  };
  return { status: 'failed', problems: [...result.problems.slice(0, MAX_PROBLEMS - 1), more] };
}

/** The words for a file over the size limit, for every reader of files and links. */
export function tooLargeMessage(maxBytes: number, i18n: I18n): string {
  return i18n._({
    id: 'checks.tooLarge',
    message: 'the file is larger than {megabytes} MB, more than any story needs: not opened',
    values: { megabytes: Math.round(maxBytes / 1024 / 1024) },
  });
}

export function emptyFileMessage(i18n: I18n): string {
  return i18n._({ id: 'checks.emptyFile', message: 'the file is empty' });
}

function looksLikeStory(data: Record<string, unknown>): boolean {
  return 'schemaVersion' in data || ('article' in data && 'incidents' in data);
}

/** What `readStoryBundle` makes of a text that parses as JSON but is not a story file: the data, for the point reader. */
export interface NotAStoryBundle {
  status: 'not-a-story';
  data: unknown;
}

/**
 * The first half of `readStoryText`: the size, the encoding, the JSON and, for a story file, its validation. The built
 * story and every story bundle are read with this alone, so the page's first load need not carry the point reader.
 */
export function readStoryBundle(
  fileName: string,
  text: string,
  options: { maxChars?: number; i18n: I18n; validateShape?: StoryShapeValidator },
): StoryLoad | NotAStoryBundle {
  const { i18n } = options;
  if (text.length > (options.maxChars ?? MAX_STORY_FILE_BYTES)) {
    return refuse(fileName, whereWords(WHOLE_FILE, i18n), tooLargeMessage(MAX_STORY_FILE_BYTES, i18n));
  }
  // Editors on Windows often start UTF-8 files with a byte order mark, which JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return refuse(fileName, whereWords(WHOLE_FILE, i18n), emptyFileMessage(i18n));
  if (body.startsWith('<')) {
    return refuse(
      fileName,
      whereWords(TOP_LEVEL, i18n),
      i18n._({
        id: 'checks.markupNotJson',
        message:
          'the file looks like HTML or XML (a web page, or a KML or GPX file?), not JSON: Citemap opens a story file or GeoJSON',
      }),
    );
  }
  const parsed = parseJson(fileName, body, i18n);
  if (parsed.status === 'failed') return { ...parsed, notJson: true };
  const data = parsed.data;
  if (!isRecord(data) || !looksLikeStory(data)) return { status: 'not-a-story', data };
  const version = data.schemaVersion;
  if (typeof version === 'number' && version !== STORY_SCHEMA_VERSION) {
    return refuse(
      fileName,
      'schemaVersion',
      i18n._({
        id: 'checks.otherVersion',
        message: 'the file is a Citemap story in format version {version}; this Citemap reads version {readVersion}',
        values: { version: String(version), readVersion: String(STORY_SCHEMA_VERSION) },
      }),
    );
  }
  return limitProblems(validateStory(fileName, data, i18n, options.validateShape), fileName, i18n);
}
