import type { StoryDraft } from './storyDraft.ts';

/** The draft with what undo and redo walk through. */
export interface DraftHistory {
  past: readonly StoryDraft[];
  present: StoryDraft;
  future: readonly StoryDraft[];
  /** The field the last change typed into: further typing there joins that change rather than making a new step. */
  typingIn: string | null;
}

export type DraftAction =
  | { type: 'change'; draft: StoryDraft; typingIn?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A draft read from storage or from another tab: a fresh start, with nothing to undo. */
  | { type: 'replace'; draft: StoryDraft };

/** Enough to undo a working session; older steps are dropped. */
const MOST_STEPS = 200;

export function startHistory(draft: StoryDraft): DraftHistory {
  return { past: [], present: draft, future: [], typingIn: null };
}

export function draftHistoryReducer(history: DraftHistory, action: DraftAction): DraftHistory {
  switch (action.type) {
    case 'change': {
      if (action.draft === history.present) return history;
      const typingIn = action.typingIn ?? null;
      if (typingIn !== null && typingIn === history.typingIn) {
        return { ...history, present: action.draft, future: [] };
      }
      return {
        past: [...history.past, history.present].slice(-MOST_STEPS),
        present: action.draft,
        future: [],
        typingIn,
      };
    }
    case 'undo': {
      const previous = history.past.at(-1);
      if (previous === undefined) return history;
      return {
        past: history.past.slice(0, -1),
        present: previous,
        future: [history.present, ...history.future],
        typingIn: null,
      };
    }
    case 'redo': {
      const [next, ...rest] = history.future;
      if (next === undefined) return history;
      return { past: [...history.past, history.present], present: next, future: rest, typingIn: null };
    }
    case 'replace':
      return startHistory(action.draft);
  }
}
