import type { I18n } from '../../i18n/i18n.ts';
import { StorySchema } from '../../model/story.ts';
import { checkStoryReferences } from './checkStoryReferences.ts';
import { describeRecordIssues } from './describeRecordIssues.ts';
import { schemaErrors } from './readerMessages.ts';
import type { StoryLoad } from './loadStory.ts';
import { storyIfQuicklyValid, type StoryShapeValidator } from './quickStoryCheck.ts';

/**
 * Checks data already in hand (a file the reader opened, or a story made from one) as `loadStory` checks a download:
 * first its shape, then that every quote and id resolves. Problems name the record by its id, since a reader who
 * opened their own file knows its records by id rather than by position. The problems are in the instance's language
 * (the 'checks' part, loaded by `loadCheckWords` in the browser).
 *
 * With `validateShape`, the story's compiled shape (which the worker reading a large story has), a story that passes
 * it and the model's refinements is not checked by zod again (`quickStoryCheck.ts`); any other goes to zod.
 */
export function validateStory(
  origin: string,
  data: unknown,
  i18n: I18n,
  validateShape?: StoryShapeValidator,
): StoryLoad {
  let story = validateShape === undefined ? null : storyIfQuicklyValid(validateShape, data);
  if (story === null) {
    const result = StorySchema.safeParse(data, { error: schemaErrors(i18n) });
    if (!result.success) {
      return { status: 'failed', problems: describeRecordIssues(origin, result.error.issues, data, i18n) };
    }
    story = result.data;
  }
  const problems = checkStoryReferences(story, origin, i18n);
  return problems.length === 0 ? { status: 'loaded', story } : { status: 'failed', problems };
}
