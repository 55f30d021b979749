import { StorySchema } from '../../model/story.ts';
import { checkStoryReferences } from './checkStoryReferences.ts';
import { describeRecordIssues } from './describeRecordIssues.ts';
import type { StoryLoad } from './loadStory.ts';

/**
 * Checks data already in hand (a file the reader opened, or a story made from one) as `loadStory` checks a download:
 * first its shape, then that every quote and id resolves. Problems name the record by its id, since a reader who
 * opened their own file knows its records by id rather than by position.
 */
export function validateStory(origin: string, data: unknown): StoryLoad {
  const result = StorySchema.safeParse(data);
  if (!result.success) {
    return { status: 'failed', problems: describeRecordIssues(origin, result.error.issues, data) };
  }
  const problems = checkStoryReferences(result.data, origin);
  return problems.length === 0 ? { status: 'loaded', story: result.data } : { status: 'failed', problems };
}
