import type { DataProblem } from '../../model/describeIssues.ts';
import { StorySchema, type Story } from '../../model/story.ts';
import { checkStoryReferences } from './checkStoryReferences.ts';
import { browserFetch, loadValidatedJson, type FetchLike } from './loadValidatedJson.ts';

export type StoryLoad = { status: 'loaded'; story: Story } | { status: 'failed'; problems: DataProblem[] };

/** Loads a story file and checks both its shape and that every quote and id in it resolves. */
export async function loadStory(url: string, fetchLike: FetchLike = browserFetch): Promise<StoryLoad> {
  const result = await loadValidatedJson(url, StorySchema, fetchLike);
  if (result.status === 'failed') return result;
  const problems = checkStoryReferences(result.value, url);
  return problems.length === 0 ? { status: 'loaded', story: result.value } : { status: 'failed', problems };
}
