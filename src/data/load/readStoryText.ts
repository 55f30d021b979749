import type { StoryLoad } from './loadStory.ts';
import { limitProblems, readStoryBundle, refuse } from './readStoryBundle.ts';
import { storyFromPointCollection, type PointCollectionOptions } from './storyFromPointCollection.ts';
import { isRecord } from './isRecord.ts';

export { MAX_STORY_FILE_BYTES } from './readStoryBundle.ts';

function describeOtherJson(data: unknown): string {
  if (Array.isArray(data)) return 'the file holds a JSON list, not a Citemap story or a GeoJSON FeatureCollection';
  if (!isRecord(data)) return 'the file holds a single JSON value, not a Citemap story or a GeoJSON FeatureCollection';
  const type = typeof data.type === 'string' ? data.type : null;
  if (type === 'Feature') return 'the file holds a single GeoJSON Feature: Citemap opens a FeatureCollection';
  if (type === 'Topology') return 'the file is TopoJSON: convert it to a GeoJSON FeatureCollection first';
  const found = type === null ? 'it has no "type"' : `its "type" is ${JSON.stringify(type.slice(0, 40))}`;
  return `the file is neither a Citemap story (it has no "schemaVersion") nor a GeoJSON FeatureCollection (${found})`;
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
  const read = readStoryBundle(fileName, text, options);
  if (read.status !== 'not-a-story') return read;
  const { data } = read;
  if (isRecord(data) && data.type === 'FeatureCollection') {
    return limitProblems(storyFromPointCollection(fileName, data, options), fileName);
  }
  return refuse(fileName, '(top level)', describeOtherJson(data));
}
