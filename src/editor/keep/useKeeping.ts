import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { StoryDraft } from '../draft/storyDraft.ts';
import { keepDraft, keepDraftAtOnce, type DraftStore, type KeptDraft } from './draftKeeping.ts';

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

  // The draft on screen, and the last one written: what a page being left must still write. Set as the change is
  // committed (a layout effect, in the input's own event), not in a later effect, which a reload right after typing
  // could come before.
  const onScreen = useRef(draft);
  const lastWritten = useRef<StoryDraft | null>(null);
  useLayoutEffect(() => {
    onScreen.current = draft;
  }, [draft]);

  useEffect(
    function keepChange() {
      if (draft === null || conflict.current) return;
      let current = true;
      const timer = window.setTimeout(() => {
        setStatus({ kind: 'saving' });
        void keepDraft(store, draft, knownRevision.current).then((result) => {
          if (result.status === 'kept') {
            knownRevision.current = result.revision;
            lastWritten.current = draft;
          }
          if (!current) return;
          if (result.status === 'kept') setStatus({ kind: 'kept', savedAt: result.savedAt, draft });
          else if (result.status === 'conflict') {
            conflict.current = true;
            setStatus({ kind: 'conflict', theirs: result.theirs });
          } else if (result.status === 'full') setStatus({ kind: 'full' });
          else setStatus({ kind: 'failed', message: result.message });
        });
      }, SAVE_AFTER_MS);
      return () => {
        current = false;
        window.clearTimeout(timer);
      };
    },
    [draft, store, retry],
  );

  useEffect(
    function writeWhatIsLeftOnLeaving() {
      // Leaving or reloading the page before a change was written: the write is asked for now, in this task (a save
      // that reads first would write only after the page had gone, and the last change was lost).
      function writeNow() {
        const unwritten = onScreen.current;
        if (unwritten === null || unwritten === lastWritten.current || conflict.current) return;
        lastWritten.current = unwritten;
        void keepDraftAtOnce(store, unwritten, knownRevision.current).catch(() => undefined);
      }
      window.addEventListener('pagehide', writeNow);
      return () => window.removeEventListener('pagehide', writeNow);
    },
    [store],
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
