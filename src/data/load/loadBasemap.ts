import type { DataProblem } from '../../model/describeIssues.ts';
import type { Basemap } from '../../model/region.ts';
import { sha256Hex } from './loadStory.ts';
import { browserFetch, fetchText, parseJson, type FetchLike } from './fetchText.ts';

export type BasemapLoad = { status: 'loaded'; basemap: Basemap } | { status: 'failed'; problems: DataProblem[] };

/**
 * Loads the bundled offline basemap: the countries drawn when no tile server answers. Byte for byte the file the data
 * build wrote (`trustedSha256`), it is not validated again; otherwise its schema is fetched and checked.
 */
export async function loadBasemap(
  url: string,
  fetchLike: FetchLike = browserFetch,
  { trustedSha256 }: { trustedSha256?: string } = {},
): Promise<BasemapLoad> {
  const fetched = await fetchText(url, fetchLike);
  if (fetched.status === 'failed') return fetched;
  const parsed = parseJson(url, fetched.text);
  if (parsed.status === 'failed') return parsed;
  if (trustedSha256 !== undefined && (await sha256Hex(fetched.text)) === trustedSha256) {
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
