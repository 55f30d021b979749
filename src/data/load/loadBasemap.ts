import { loadPart, type I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import type { Basemap } from '../../model/region.ts';
import { isTrustedText, type TrustedFile } from './trustedFile.ts';
import { browserFetch, fetchText, type FetchLike } from './fetchText.ts';

function parseJsonQuietly(text: string): { data: unknown } | undefined {
  try {
    return { data: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

export type BasemapLoad = { status: 'loaded'; basemap: Basemap } | { status: 'failed'; problems: DataProblem[] };

/**
 * Loads the bundled offline basemap: the countries drawn when no tile server answers. Byte for byte the file the data
 * build wrote (`trusted`: its hash and length), it is not validated again; otherwise its schema is fetched and checked.
 */
export async function loadBasemap(
  url: string,
  fetchLike: FetchLike = browserFetch,
  { trusted, i18n }: { trusted?: TrustedFile; i18n: I18n },
): Promise<BasemapLoad> {
  const fetched = await fetchText(url, fetchLike, i18n);
  if (fetched.status === 'failed') return fetched;
  let parsed = parseJsonQuietly(fetched.text);
  if (parsed === undefined) {
    // Not JSON: the words for it are the checks', fetched only now.
    const [{ parseJson }] = await Promise.all([import('./answerProblems.ts'), loadPart('checks')]);
    const failed = parseJson(url, fetched.text, i18n);
    if (failed.status === 'failed') return failed;
    parsed = { data: failed.data };
  }
  if (await isTrustedText(fetched.text, trusted)) {
    return { status: 'loaded', basemap: parsed.data as Basemap };
  }
  // The schemas are fetched with the basemap, not with the page: the first marks need neither.
  const [{ BasemapSchema }, { describeRecordIssues }] = await Promise.all([
    import('../../model/region.ts'),
    import('./describeRecordIssues.ts'),
  ]);
  const result = BasemapSchema.safeParse(parsed.data);
  return result.success
    ? { status: 'loaded', basemap: result.data }
    : { status: 'failed', problems: describeRecordIssues(url, result.error.issues, parsed.data) };
}
