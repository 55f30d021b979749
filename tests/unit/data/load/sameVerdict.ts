import { expect } from 'vitest';
import type { FetchLike } from '../../../../src/data/load/fetchText.ts';
import { loadStory, type StoryLoad } from '../../../../src/data/load/loadStory.ts';
import { readStoryFile } from '../../../../src/data/load/readStoryFile.ts';
import type { DataProblem } from '../../../../src/model/describeIssues.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

/** A problem with its origin set aside: the link's is its address, the file's its name. */
function located(problems: readonly DataProblem[], origin: string): { path: string; message: string }[] {
  return problems.map((problem) => {
    expect(problem.origin).toBe(origin);
    return { path: problem.path, message: problem.message };
  });
}

/**
 * A loaded result as plain data, with what comes from where it was read made the same: the link's address where the
 * file's name stands (in the summary, the credits, each place's words), and the links to the source, which only a
 * story opened by link can have.
 */
function comparable(result: Extract<StoryLoad, { status: 'loaded' }>, origin: string, name: string): unknown {
  const story = JSON.parse(JSON.stringify(result.story).replaceAll(JSON.stringify(origin).slice(1, -1), name)) as {
    article: { url: string | null };
    credits: { url: string | null }[];
  };
  story.article.url = null;
  for (const credit of story.credits) credit.url = null;
  return { story, notices: result.notices === undefined ? undefined : located(result.notices, origin) };
}

/** A server that answers every request with these bytes, under this Content-Type. */
export function serving(body: string | Uint8Array<ArrayBuffer>, contentType?: string): FetchLike {
  const headers: Record<string, string> = contentType === undefined ? {} : { 'content-type': contentType };
  return () => Promise.resolve(new Response(body, { headers }));
}

/**
 * Opens the same file by link (`loadStory` of `url`, served by `fetchLike`) and from the disk (`readStoryFile` of a
 * file named `name` holding `text`), and expects the same verdict: the same story, or the same problems, told apart
 * only by the link's address standing where the file's name does. Returns the file's result.
 */
export async function expectSameVerdict(
  url: string,
  fetchLike: FetchLike,
  name: string,
  text: string,
): Promise<StoryLoad> {
  const link = await loadStory(url, fetchLike, { fromLink: {}, i18n: englishChecksI18n });
  const file = await readStoryFile(
    {
      name,
      size: new TextEncoder().encode(text).byteLength,
      text: () => Promise.resolve(text),
    },
    englishChecksI18n,
  );
  expect(link.status).toBe(file.status);
  if (link.status === 'failed' && file.status === 'failed') {
    expect(located(link.problems, url)).toEqual(located(file.problems, name));
  }
  if (link.status === 'loaded' && file.status === 'loaded') {
    expect(comparable(link, url, name)).toEqual(comparable(file, name, name));
    // Where a story opened by link came from is said; a file's is not.
    expect(link.fetchedFrom).toBe(url);
    expect(file.fetchedFrom).toBeUndefined();
  }
  return file;
}
