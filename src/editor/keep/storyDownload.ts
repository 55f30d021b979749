import type { DataProblem } from '../../model/describeIssues.ts';
import type { Story } from '../../model/story.ts';
import type { DraftCheck } from '../draft/checkDraft.ts';
import type { StoryDraft } from '../draft/storyDraft.ts';

/** A file the author can keep or share: the story itself, or a draft marked as one with what it still lacks. */
export interface StoryDownload {
  fileName: string;
  text: string;
  isDraft: boolean;
}

/** Marks a downloaded draft: the viewer refuses it (it is not a story yet); the editor opens it again. */
export const DRAFT_FORMAT = 'citemap-story-draft';

export interface DraftFile {
  format: typeof DRAFT_FORMAT;
  problems: DataProblem[];
  articleText: string;
  madeHere: boolean;
  story: Story;
}

/**
 * The story as the bundle `?story=` and "Open a story file…" read, when it passes every check; else the draft with
 * its problems, so that nothing typed is lost.
 */
export function storyDownload(draft: StoryDraft, check: DraftCheck): StoryDownload {
  const name = draft.story.id || 'story';
  if (check.story !== null) {
    return { fileName: `${name}.story.json`, text: `${JSON.stringify(check.story, null, 2)}\n`, isDraft: false };
  }
  const file: DraftFile = {
    format: DRAFT_FORMAT,
    problems: check.problems,
    articleText: draft.articleText,
    madeHere: draft.madeHere,
    story: draft.story,
  };
  return { fileName: `${name}.draft.json`, text: `${JSON.stringify(file, null, 2)}\n`, isDraft: true };
}
