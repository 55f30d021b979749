import type { DataProblem } from '../../model/describeIssues.ts';
import { STORY_SCHEMA_VERSION } from '../../model/story.ts';
import type { StoryLoad } from './loadStory.ts';
import { storyFromPointCollection, type PointCollectionOptions } from './storyFromPointCollection.ts';
import { validateStory } from './validateStory.ts';
import { parseJson } from './fetchText.ts';
import { isRecord } from './isRecord.ts';

/**
 * The largest file a reader may open. The story this app was built for is about 0.1 MB; a file two hundred times
 * that is almost certainly the wrong file, and parsing it would freeze the page on a classroom laptop. Compare a
 * File's `size` with this before reading it; `readStoryText` checks again, by characters, which never exceed bytes.
 */
export const MAX_STORY_FILE_BYTES = 20 * 1024 * 1024;

/** Enough to fix a file by; a file with thousands of problems is the wrong file, and a longer list helps nobody. */
const MAX_PROBLEMS = 50;

function refuse(origin: string, path: string, message: string): StoryLoad {
  return { status: 'failed', problems: [{ origin, path, message }] };
}

function limitProblems(result: StoryLoad, origin: string): StoryLoad {
  if (result.status === 'loaded' || result.problems.length <= MAX_PROBLEMS) return result;
  const more: DataProblem = {
    origin,
    path: '(file)',
    message: `and ${result.problems.length - MAX_PROBLEMS + 1} more problems like these`,
  };
  return { status: 'failed', problems: [...result.problems.slice(0, MAX_PROBLEMS - 1), more] };
}

const NOT_JSON_BUT_MARKUP =
  'the file looks like HTML or XML (a web page, or a KML or GPX file?), not JSON: Citemap opens a story file or GeoJSON';

function describeOtherJson(data: unknown): string {
  if (Array.isArray(data)) return 'the file holds a JSON list, not a Citemap story or a GeoJSON FeatureCollection';
  if (!isRecord(data)) return 'the file holds a single JSON value, not a Citemap story or a GeoJSON FeatureCollection';
  const type = typeof data.type === 'string' ? data.type : null;
  if (type === 'Feature') return 'the file holds a single GeoJSON Feature: Citemap opens a FeatureCollection';
  if (type === 'Topology') return 'the file is TopoJSON: convert it to a GeoJSON FeatureCollection first';
  const found = type === null ? 'it has no "type"' : `its "type" is ${JSON.stringify(type.slice(0, 40))}`;
  return `the file is neither a Citemap story (it has no "schemaVersion") nor a GeoJSON FeatureCollection (${found})`;
}

function looksLikeStory(data: Record<string, unknown>): boolean {
  return 'schemaVersion' in data || ('article' in data && 'incidents' in data);
}

export interface StoryTextOptions extends PointCollectionOptions {
  /** Larger text is refused; a fetched story, which the reader did not pick by hand, is not limited. */
  maxChars?: number;
}

/**
 * A file the reader chose, or a story fetched by link, as a story: a Citemap story file (it has `schemaVersion`), or a GeoJSON FeatureCollection
 * of points made into one. Never throws; every problem names the file, the record and the field, in words a person
 * can act on. `options.sourceUrl` is the http(s) address the text came from, when it came from one.
 */
export function readStoryText(fileName: string, text: string, options: StoryTextOptions = {}): StoryLoad {
  if (text.length > (options.maxChars ?? MAX_STORY_FILE_BYTES)) {
    const megabytes = Math.round(MAX_STORY_FILE_BYTES / 1024 / 1024);
    return refuse(fileName, '(file)', `the file is larger than ${megabytes} MB, more than any story needs: not opened`);
  }
  // Editors on Windows often start UTF-8 files with a byte order mark, which JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return refuse(fileName, '(file)', 'the file is empty');
  if (body.startsWith('<')) return refuse(fileName, '(top level)', NOT_JSON_BUT_MARKUP);
  const parsed = parseJson(fileName, body);
  if (parsed.status === 'failed') return parsed;
  const data = parsed.data;
  if (isRecord(data) && looksLikeStory(data)) {
    const version = data.schemaVersion;
    if (typeof version === 'number' && version !== STORY_SCHEMA_VERSION) {
      return refuse(
        fileName,
        'schemaVersion',
        `the file is a Citemap story in format version ${version}; this Citemap reads version ${STORY_SCHEMA_VERSION}`,
      );
    }
    return limitProblems(validateStory(fileName, data), fileName);
  }
  if (isRecord(data) && data.type === 'FeatureCollection') {
    return limitProblems(storyFromPointCollection(fileName, data, options), fileName);
  }
  return refuse(fileName, '(top level)', describeOtherJson(data));
}
