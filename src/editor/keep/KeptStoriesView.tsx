import { useEffect, useState } from 'react';
import type { DataProblem } from '../../model/describeIssues.ts';
import type { StoryDraft } from '../draft/storyDraft.ts';
import { listKeptDrafts, type DraftStore, type KeptDraft } from './draftKeeping.ts';
import { readDraftFile } from './readDraftFile.ts';

interface KeptStoriesViewProps {
  store: DraftStore;
  currentKey: string;
  onOpen: (kept: KeptDraft) => void;
  /** A key for a draft opened from a file, which is kept under a key of its own. */
  newKey: () => string;
}

/** The stories kept in this browser, to open or forget. */
export function KeptStoriesView({ store, currentKey, onOpen, newKey }: KeptStoriesViewProps) {
  const [kept, setKept] = useState<KeptDraft[] | null>(null);
  const [fileProblems, setFileProblems] = useState<DataProblem[]>([]);
  function openFile(file: File) {
    void file.text().then(
      (text) => {
        const read = readDraftFile(file.name, text, newKey());
        if (read.status === 'failed') {
          setFileProblems(read.problems);
          return;
        }
        setFileProblems([]);
        const draft: StoryDraft = read.draft;
        onOpen({ draft, revision: 0, savedAt: new Date().toISOString() });
      },
      (error: unknown) => setFileProblems([{ origin: file.name, path: '(file)', message: String(error) }]),
    );
  }
  const [error, setError] = useState<string | null>(null);
  const [serial, setSerial] = useState(0);
  useEffect(
    function listKept() {
      let current = true;
      listKeptDrafts(store).then(
        (list) => current && setKept(list),
        (problem: unknown) => current && setError(String(problem)),
      );
      return () => {
        current = false;
      };
    },
    [store, serial],
  );
  return (
    <section className="editor-view" aria-labelledby="editor-kept-heading">
      <h2 id="editor-kept-heading">Stories kept in this browser</h2>
      <p className="editor-field__hint">
        Kept in this browser only (IndexedDB): download a story to keep it elsewhere or to share it.
      </p>
      <label className="editor-file-button">
        Open a story or draft file…
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file !== undefined) openFile(file);
          }}
        />
      </label>
      {fileProblems.length > 0 && (
        <div role="alert">
          <p className="editor-problem">The file could not be opened:</p>
          <ul>
            {fileProblems.map((problem, index) => (
              <li key={index}>
                {problem.path}: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error !== null && <p className="editor-problem">The kept stories could not be listed: {error}</p>}
      {kept === null && error === null && <p role="status">Listing…</p>}
      {kept !== null && (
        <ul className="editor-kept-list">
          {kept.map((entry) => (
            <li key={entry.draft.key}>
              <bdi>{entry.draft.story.title || 'Untitled story'}</bdi>{' '}
              <span className="editor-field__hint">
                (saved {new Date(entry.savedAt).toLocaleString()}
                {entry.draft.key === currentKey && ', open now'})
              </span>{' '}
              {entry.draft.key !== currentKey && (
                <>
                  <button type="button" onClick={() => onOpen(entry)}>
                    Open <bdi>{entry.draft.story.title || 'untitled story'}</bdi>
                  </button>{' '}
                  <button
                    type="button"
                    className="editor-danger"
                    onClick={() => void store.delete(entry.draft.key).then(() => setSerial((count) => count + 1))}
                  >
                    Forget <bdi>{entry.draft.story.title || 'untitled story'}</bdi>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
