import type { StoryDraft } from '../draft/storyDraft.ts';

/** A draft as kept in this browser: the revision tells one tab that another has saved since it last did. */
export interface KeptDraft {
  draft: StoryDraft;
  revision: number;
  /** ISO 8601. */
  savedAt: string;
}

/** The few storage operations keeping needs: IndexedDB in the page (`idbDraftStore`), a Map in tests. */
export interface DraftStore {
  get: (key: string) => Promise<KeptDraft | undefined>;
  set: (key: string, value: KeptDraft) => Promise<void>;
  delete: (key: string) => Promise<void>;
  all: () => Promise<KeptDraft[]>;
}

export type KeepResult =
  | { status: 'kept'; revision: number; savedAt: string }
  /** Another tab saved this story since this one last read or saved it: nothing was overwritten. */
  | { status: 'conflict'; theirs: KeptDraft }
  /** The browser's storage is full: the story stays in this page's memory only. */
  | { status: 'full' }
  | { status: 'failed'; message: string };

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED'
    : error instanceof Error && /quota/i.test(error.message);
}

/**
 * Saves the draft unless the kept copy has moved on since `knownRevision` (the revision this page last read or
 * wrote; 0 for a story never kept), which means another tab saved it: then nothing is written and the caller says so.
 */
export async function keepDraft(
  store: DraftStore,
  draft: StoryDraft,
  knownRevision: number,
  now: Date = new Date(),
): Promise<KeepResult> {
  try {
    const kept = await store.get(draft.key);
    const keptRevision = kept?.revision ?? 0;
    if (kept !== undefined && keptRevision !== knownRevision) return { status: 'conflict', theirs: kept };
    const next: KeptDraft = { draft, revision: keptRevision + 1, savedAt: now.toISOString() };
    await store.set(draft.key, next);
    return { status: 'kept', revision: next.revision, savedAt: next.savedAt };
  } catch (error) {
    if (isQuotaError(error)) return { status: 'full' };
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Saves the draft at once, without first reading the kept copy: for a page that is being left or reloaded, whose
 * callbacks after this task may never run. keepDraft reads, then writes in a second step, which a reload cut off, and
 * the last change was lost. The write is asked for before this returns; another tab's save made in the last moments
 * is overwritten, the one case the revision check cannot cover here.
 */
export function keepDraftAtOnce(
  store: DraftStore,
  draft: StoryDraft,
  knownRevision: number,
  now: Date = new Date(),
): Promise<void> {
  return store.set(draft.key, { draft, revision: knownRevision + 1, savedAt: now.toISOString() });
}

/** The stories kept in this browser, the most recently saved first. */
export async function listKeptDrafts(store: DraftStore): Promise<KeptDraft[]> {
  const all = await store.all();
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
