import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoryDraft } from '../draft/storyDraft.ts';
import { keepDraft, type DraftStore, type KeptDraft } from './draftKeeping.ts';

export type KeepingStatus =
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'kept'; savedAt: string; draft?: StoryDraft }
  | { kind: 'conflict'; theirs: KeptDraft }
  | { kind: 'full' }
  | { kind: 'failed'; message: string };

/** Short enough that a reload right after typing loses nothing; long enough not to write on every keystroke. */
const SAVE_AFTER_MS = 250;

/**
 * Keeps every change in this browser as it is made. A save that finds the kept copy changed by another tab writes
 * nothing and says so; a full quota keeps the story in memory and says so. `keepMine` overwrites after a conflict.
 */
export function useKeeping(draft: StoryDraft | null, store: DraftStore, startRevision: number) {
  const [status, setStatus] = useState<KeepingStatus>({ kind: 'unsaved' });
  const knownRevision = useRef(startRevision);
  const conflict = useRef(false);
  const [retry, setRetry] = useState(0);

  useEffect(
    function keepChange() {
      if (draft === null || conflict.current) return;
      let current = true;
      const save = () => {
        window.removeEventListener('pagehide', saveNow);
        setStatus({ kind: 'saving' });
        void keepDraft(store, draft, knownRevision.current).then((result) => {
          if (result.status === 'kept') knownRevision.current = result.revision;
          if (!current) return;
          if (result.status === 'kept') setStatus({ kind: 'kept', savedAt: result.savedAt, draft });
          else if (result.status === 'conflict') {
            conflict.current = true;
            setStatus({ kind: 'conflict', theirs: result.theirs });
          } else if (result.status === 'full') setStatus({ kind: 'full' });
          else setStatus({ kind: 'failed', message: result.message });
        });
      };
      const timer = window.setTimeout(save, SAVE_AFTER_MS);
      // Leaving or reloading the page within the wait: the write starts now, so the last change is not lost.
      function saveNow() {
        window.clearTimeout(timer);
        save();
      }
      window.addEventListener('pagehide', saveNow);
      return () => {
        current = false;
        window.clearTimeout(timer);
        window.removeEventListener('pagehide', saveNow);
      };
    },
    [draft, store, retry],
  );

  /** After a conflict: this tab's version replaces the other's. */
  const keepMine = useCallback((theirs: KeptDraft) => {
    knownRevision.current = theirs.revision;
    conflict.current = false;
    setRetry((count) => count + 1);
  }, []);

  /** After a conflict: the other tab's version is taken, and saving goes on from it. */
  const takeTheirs = useCallback((theirs: KeptDraft) => {
    knownRevision.current = theirs.revision;
    conflict.current = false;
    setStatus({ kind: 'kept', savedAt: theirs.savedAt });
  }, []);

  // "Saved" only while what was saved is what is on screen: a change not yet written is being saved.
  const shown: KeepingStatus =
    status.kind === 'kept' && status.draft !== undefined && status.draft !== draft ? { kind: 'saving' } : status;
  return { status: shown, keepMine, takeTheirs };
}
