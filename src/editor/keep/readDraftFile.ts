import type { I18n } from '../../i18n/i18n.ts';
import { schemaErrors } from '../../data/load/readerMessages.ts';
import { describeRecordIssues } from '../../data/load/describeRecordIssues.ts';
import { validateStory } from '../../data/load/validateStory.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import { KeptDraftSchema, StoryDraftSchema } from '../draft/draftSchema.ts';
import { draftFromStory, type StoryDraft } from '../draft/storyDraft.ts';
import type { KeptDraft } from './draftKeeping.ts';
import { DRAFT_FORMAT } from './storyDownload.ts';
import { WHOLE_FILE } from '../../data/load/whereWords.ts';

export type DraftRead = { status: 'read'; draft: StoryDraft } | { status: 'failed'; problems: DataProblem[] };

/**
 * A file opened in the editor: a draft it downloaded (checked for the shape the editor works on; what it still lacks
 * is listed by the checks), or a story file, checked as the viewer checks one.
 */
export function readDraftFile(fileName: string, text: string, key: string, i18n: I18n): DraftRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      status: 'failed',
      problems: [{ origin: fileName, path: WHOLE_FILE, message: `not JSON: ${String(error)}` }],
    };
  }
  if (typeof data === 'object' && data !== null && 'format' in data && data.format === DRAFT_FORMAT) {
    const parsed = StoryDraftSchema.safeParse({ ...data, key }, { error: schemaErrors(i18n) });
    if (!parsed.success)
      return { status: 'failed', problems: describeRecordIssues(fileName, parsed.error.issues, data, i18n) };
    // The shape the editor needs is checked; the rules a finished story keeps are checkDraft's, shown as problems.
    const { madeHere, articleText, story } = parsed.data;
    return { status: 'read', draft: { key, madeHere, articleText, story: story as unknown as StoryDraft['story'] } };
  }
  const loaded = validateStory(fileName, data, i18n);
  return loaded.status === 'loaded'
    ? { status: 'read', draft: draftFromStory(key, loaded.story) }
    : { status: 'failed', problems: loaded.problems };
}

/** A draft read back from this browser's storage, if it still has the shape the editor works on. */
export function readKeptDraft(value: unknown): KeptDraft | null {
  const parsed = KeptDraftSchema.safeParse(value);
  return parsed.success ? (parsed.data as unknown as KeptDraft) : null;
}
