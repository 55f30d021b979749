import { useEffect, useState } from 'react';
import type { DataProblem } from '../../model/describeIssues.ts';
import type { StoryDraft } from '../draft/storyDraft.ts';
import { listKeptDrafts, type DraftStore, type KeptDraft } from './draftKeeping.ts';
import { readDraftFile } from './readDraftFile.ts';
import { intlLocaleOf } from '../../i18n/formatters.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';

const UNTITLED = /*i18n*/ { id: 'editor.kept.untitled', message: 'untitled story' };

interface KeptStoriesViewProps {
  store: DraftStore;
  currentKey: string;
  onOpen: (kept: KeptDraft) => void;
  /** A key for a draft opened from a file, which is kept under a key of its own. */
  newKey: () => string;
}

/** The stories kept in this browser, to open or forget. */
export function KeptStoriesView({ store, currentKey, onOpen, newKey }: KeptStoriesViewProps) {
  const i18n = useI18n();
  const savedTime = (time: string) =>
    new Date(time).toLocaleString(i18n.locale === 'en' ? undefined : intlLocaleOf(i18n));
  const [kept, setKept] = useState<KeptDraft[] | null>(null);
  const [fileProblems, setFileProblems] = useState<DataProblem[]>([]);
  function openFile(file: File) {
    void file.text().then(
      (text) => {
        const read = readDraftFile(file.name, text, newKey(), i18n);
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
      <h2 id="editor-kept-heading">{i18n._({ id: 'editor.kept.heading', message: 'Stories kept in this browser' })}</h2>
      <p className="editor-field__hint">
        {i18n._({
          id: 'editor.kept.hint',
          message: 'Kept in this browser only (IndexedDB): download a story to keep it elsewhere or to share it.',
        })}
      </p>
      <label className="editor-file-button">
        {i18n._({ id: 'editor.kept.openFile', message: 'Open a story or draft file…' })}
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
          <p className="editor-problem">
            {i18n._({ id: 'editor.kept.fileProblems', message: 'The file could not be opened:' })}
          </p>
          <ul>
            {fileProblems.map((problem, index) => (
              <li key={index}>
                {i18n._({
                  id: 'editor.problem',
                  message: '{path}: {problem}',
                  values: { path: problem.path, problem: problem.message },
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error !== null && (
        <p className="editor-problem">
          {i18n._({
            id: 'editor.kept.unlisted',
            message: 'The kept stories could not be listed: {error}',
            values: { error },
          })}
        </p>
      )}
      {kept === null && error === null && (
        <p role="status">{i18n._({ id: 'editor.kept.listing', message: 'Listing…' })}</p>
      )}
      {kept !== null && (
        <ul className="editor-kept-list">
          {kept.map((entry) => (
            <li key={entry.draft.key}>
              <bdi>
                {entry.draft.story.title ? (
                  <StoryText>{entry.draft.story.title}</StoryText>
                ) : (
                  i18n._({ id: 'editor.untitled', message: 'Untitled story' })
                )}
              </bdi>{' '}
              <span className="editor-field__hint">
                {entry.draft.key === currentKey
                  ? i18n._({
                      id: 'editor.kept.savedOpen',
                      message: '(saved {time}, open now)',
                      values: { time: savedTime(entry.savedAt) },
                    })
                  : i18n._({
                      id: 'editor.kept.saved',
                      message: '(saved {time})',
                      values: { time: savedTime(entry.savedAt) },
                    })}
              </span>{' '}
              {entry.draft.key !== currentKey && (
                <>
                  <button type="button" onClick={() => onOpen(entry)}>
                    {translateNodes(
                      i18n,
                      /*i18n*/ { id: 'editor.kept.open', message: 'Open {story}' },
                      {
                        story: (
                          <bdi>
                            {entry.draft.story.title ? (
                              <StoryText>{entry.draft.story.title}</StoryText>
                            ) : (
                              i18n._(UNTITLED)
                            )}
                          </bdi>
                        ),
                      },
                    )}
                  </button>{' '}
                  <button
                    type="button"
                    className="editor-danger"
                    onClick={() => void store.delete(entry.draft.key).then(() => setSerial((count) => count + 1))}
                  >
                    {translateNodes(
                      i18n,
                      /*i18n*/ { id: 'editor.kept.forget', message: 'Forget {story}' },
                      {
                        story: (
                          <bdi>
                            {entry.draft.story.title ? (
                              <StoryText>{entry.draft.story.title}</StoryText>
                            ) : (
                              i18n._(UNTITLED)
                            )}
                          </bdi>
                        ),
                      },
                    )}
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
