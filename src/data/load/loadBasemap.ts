import type { DataProblem } from '../../model/describeIssues.ts';
import { BasemapSchema, type Basemap } from '../../model/region.ts';
import { browserFetch, loadValidatedJson, type FetchLike } from './loadValidatedJson.ts';

export type BasemapLoad = { status: 'loaded'; basemap: Basemap } | { status: 'failed'; problems: DataProblem[] };

/** Loads the bundled offline basemap: the countries drawn when no tile server answers. */
export async function loadBasemap(url: string, fetchLike: FetchLike = browserFetch): Promise<BasemapLoad> {
  const result = await loadValidatedJson(url, BasemapSchema, fetchLike);
  return result.status === 'loaded' ? { status: 'loaded', basemap: result.value } : result;
}
