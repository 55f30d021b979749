import type { FeatureFileRead } from '../formats/readFeatureFile.ts';
import type { XmlDocumentParser } from '../formats/readKmlOrGpx.ts';
import { readFeatureFile, readGeoJsonValue } from '../formats/readFeatureFile.ts';
import { detectFileFormat } from './detectFileFormat.ts';
import { isRecord } from '../../model/isRecord.ts';
import type { StoryLoad } from './loadStory.ts';
import {
  limitProblems,
  MAX_STORY_FILE_BYTES,
  readStoryBundle,
  refuse,
  type NotAStoryBundle,
} from './readStoryBundle.ts';
import { storyFromFeatures, type FeatureStoryOptions } from './storyFromFeatures.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { emptyFileMessage, tooLargeMessage } from './readStoryBundle.ts';

import { readerWhereWords } from './readerWhereWords.ts';
import { TOP_LEVEL, WHOLE_FILE, whereWords } from './whereWords.ts';

export { MAX_STORY_FILE_BYTES } from './readStoryBundle.ts';

export interface StoryTextOptions extends FeatureStoryOptions {
  /** Larger text is refused; the build's own story, which the reader did not pick, is not limited. */
  maxChars?: number;
  /** What the server said the file is, for a link; it decides only between text formats (see detectFileFormat). */
  contentType?: string | null;
  /** For KML and GPX: the browser's DOMParser by default; tests in Node pass @xmldom/xmldom's. */
  xmlParser?: XmlDocumentParser;
  /** The text as JSON, where the caller has parsed it already (and found it is not a story bundle). */
  parsedJson?: NotAStoryBundle;
  /** The language of the problems: the 'checks' part must be loaded into it (`loadCheckWords`); English in Node. */
  i18n: I18n;
}

/** JSON that is neither a story nor GeoJSON, where a more helpful word than "not GeoJSON" is known. */
function describeOtherJson(data: unknown, i18n: I18n): string | null {
  if (isRecord(data) && data.type === 'Topology') {
    return i18n._({
      id: 'checks.topoJson',
      message: 'the file is TopoJSON: convert it to GeoJSON first (e.g. with {tool}, or {otherTool})',
      values: { tool: 'topojson-client’s topo2geo', otherTool: 'mapshaper' },
    });
  }
  if (Array.isArray(data)) {
    return i18n._({ id: 'checks.jsonList', message: 'the file holds a JSON list, not a Citemap story or GeoJSON' });
  }
  return null;
}

function defaultXmlParser(): XmlDocumentParser | undefined {
  return typeof DOMParser === 'undefined' ? undefined : new DOMParser();
}

/**
 * Any file Citemap opens, by link or from the reader's disk, as a story: a Citemap story bundle, or GeoJSON (a
 * FeatureCollection, a Feature, a bare geometry, a uMap export, GeoJSON lines), CSV, KML or GPX made into one. The one
 * reading path for links and files: the same formats, the same limits (the size, at most 50 problems) and the same
 * words. Never rejects; every problem names the file, the record and the field, in words a person can act on.
 */
export async function readStoryText(fileName: string, text: string, options: StoryTextOptions): Promise<StoryLoad> {
  const { i18n } = options;
  const maxChars = options.maxChars ?? MAX_STORY_FILE_BYTES;
  if (text.length > maxChars)
    return refuse(fileName, whereWords(WHOLE_FILE, i18n), tooLargeMessage(MAX_STORY_FILE_BYTES, i18n));
  if (text.trim() === '' || text.trim() === '\uFEFF')
    return refuse(fileName, whereWords(WHOLE_FILE, i18n), emptyFileMessage(i18n));
  const detected = detectFileFormat(fileName, text, options.contentType ?? null, i18n);
  if (detected.status === 'refused') return refuse(fileName, whereWords(TOP_LEVEL, i18n), detected.message);
  let read: FeatureFileRead;
  if (detected.format === 'json') {
    const bundle = options.parsedJson ?? readStoryBundle(fileName, text, { maxChars, i18n });
    if (bundle.status === 'loaded') return bundle;
    if (bundle.status === 'failed') {
      // Not JSON: the GeoJSON reader knows the words for GDAL's Infinity and NaN; otherwise the bundle's verdict stands.
      const asGeoJson = bundle.notJson === true ? await readFeatureFile(text, 'geojson', i18n) : null;
      if (asGeoJson?.status !== 'refused') return bundle;
      read = asGeoJson;
    } else {
      const other = describeOtherJson(bundle.data, i18n);
      if (other !== null) return refuse(fileName, whereWords(TOP_LEVEL, i18n), other);
      read = await readGeoJsonValue(bundle.data, i18n);
    }
  } else {
    read = await readFeatureFile(text, detected.format, i18n, { xmlParser: options.xmlParser ?? defaultXmlParser() });
  }
  if (read.status === 'refused') {
    const problems = read.problems.map((problem) => ({
      ...problem,
      origin: fileName,
      path: readerWhereWords(problem.path, i18n),
    }));
    return limitProblems({ status: 'failed', problems }, fileName, i18n);
  }
  return limitProblems(storyFromFeatures(fileName, read, { sourceUrl: options.sourceUrl, i18n }), fileName, i18n);
}
