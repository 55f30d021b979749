import type { I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import type { Story } from '../../model/story.ts';
import { browserFetch, fetchText, type FetchLike } from './fetchText.ts';
import type { ReportStoryLoadProgress } from './storyLoadProgress.ts';
import { mayBeTrusted, sha256Hex, type TrustedFile } from './trustedFile.ts';
import { watchStoryDownload } from './watchStoryDownload.ts';

/**
 * From this size on, a story is read in a Web Worker (readStoryTextOffMainThread). Below it, reading in the page is
 * quicker than starting a worker and copying the story back; above it (tens of thousands of incidents), parsing and
 * checking would hold the page still for a second or more.
 */
export const WORKER_FROM_CHARS = 2_000_000;

export type StoryLoad =
  | {
      status: 'loaded';
      story: Story;
      /**
       * What the reader should be told once, though the story opened: what a file held that could not be drawn, a
       * reprojection, a number too large to read. Absent for a story bundle, which says all it means.
       */
      notices?: DataProblem[];
      /** The address the story was read from after any redirects, for a story opened by link. */
      fetchedFrom?: string;
    }
  | {
      status: 'failed';
      problems: DataProblem[];
      /** Set by readStoryBundle when the text is not JSON at all, for the point reader to try its own JSON rules. */
      notJson?: true;
    };

export interface LoadStoryOptions {
  /**
   * The build's own story as the data build wrote it (its hash and length): a download that matches is not validated
   * again. Never given for a story from a link.
   */
  trusted?: TrustedFile;
  /**
   * A story a link names (`?story=`), not the build's own: read as a file the reader opens is, with its limits (20 MB,
   * counted as it streams in), a timeout, the reader's Cancel and words for another site's refusal (CORS), by code
   * fetched only then. The build's own story, which the site's deployer chose, is not limited.
   */
  fromLink?: { signal?: AbortSignal; pageUrl?: string; maxBytes?: number };
  /** Told how far a story that takes a while (from a link, or too large to read in the page) has come. */
  onProgress?: ReportStoryLoadProgress;
  /**
   * The language of a story's problems, should it need checking: the checks' words are fetched into it then, and
   * only then (`loadCheckWords`).
   */
  i18n: I18n;
}

/**
 * Fetches a story by its address: the build's own story file, or the file a link names, read as a file the reader
 * opened is read (a story bundle, or GeoJSON, CSV, KML or GPX made into a story), with the same words for what is
 * wrong.
 */
export async function loadStory(
  url: string,
  fetchLike: FetchLike = browserFetch,
  options: LoadStoryOptions,
): Promise<StoryLoad> {
  const { i18n } = options;
  if (options.fromLink !== undefined) {
    const { loadLinkedStory } = await import('./loadLinkedStory.ts');
    return loadLinkedStory(url, fetchLike, { ...options.fromLink, onProgress: options.onProgress, i18n });
  }
  const { trusted } = options;
  // A story too large to read in the page has its reader (a worker) started while it still downloads.
  const download = watchStoryDownload(Math.max(WORKER_FROM_CHARS, trusted?.textLength ?? 0));
  const fetched = await fetchText(url, fetchLike, i18n, download.onBytes);
  if (fetched.status === 'failed' || fetched.text.trim() === '') {
    // Nothing for a reader started during the download to read.
    download.reader()?.terminate();
    if (fetched.status === 'failed') return fetched;
    // The words for it come with the checks', fetched only now: the build's own story, fetched whole, needs none.
    const { describeFetchFailure } = await import('./fetchFailures.ts');
    return describeFetchFailure(url, { kind: 'empty' }, i18n);
  }
  // (No reader was started for a text of the trusted file's length: see watchStoryDownload.)
  if (mayBeTrusted(fetched.text, trusted)) {
    // The browser computes the digest off the main thread: the text is parsed meanwhile (for 100,000 incidents, a
    // third of a second that no longer comes on top), and the parse is kept only if the hash matches.
    const hashing = sha256Hex(fetched.text);
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(fetched.text);
    } catch {
      // Not JSON: then not the build's story either; read below, where the reader is told why.
    }
    if (parsed !== undefined && (await hashing) === trusted.sha256) {
      // Byte for byte the file the data build validated (schema, quotes, ids, honesty rules): validating it again
      // would cost a school laptop a fifth of a second before the first marks, for nothing.
      return { status: 'loaded', story: parsed as Story };
    }
  }
  // The schemas, the checks and their words load only for a story that needs them: the build's own, verified by its
  // hash, does not.
  const { checkBuildStory } = await import('./checkBuildStory.ts');
  return checkBuildStory(url, fetched.text, i18n, { onProgress: options.onProgress, reader: download.reader() });
}
