import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { intlLocaleOf } from '../i18n/formatters.ts';
import type { I18n, MessageDescriptor } from '../i18n/i18n.ts';
import type { TileSource } from '../map/basemap/tileSource.ts';
import type { DataProblem } from '../model/describeIssues.ts';
import type { Basemap } from '../model/region.ts';
import type { Story } from '../model/story.ts';
import { saveTextFile } from '../panels/mapTools/saveTextFile.ts';
import type { EditStart } from '../state/editMode.ts';
import { ArticleView } from './article/ArticleView.tsx';
import { CiteView } from './cite/CiteView.tsx';
import { IncidentsView } from './describe/IncidentsView.tsx';
import { checkDraft, storyFromDraft } from './draft/checkDraft.ts';
import { draftHistoryReducer, startHistory } from './draft/draftHistory.ts';
import { draftFromStory, emptyDraft, type StoryDraft } from './draft/storyDraft.ts';
import { DraftProblemsContext } from './form/DraftProblems.ts';
import type { DraftStore, KeptDraft } from './keep/draftKeeping.ts';
import { idbDraftStore } from './keep/idbDraftStore.ts';
import { KeptStoriesView } from './keep/KeptStoriesView.tsx';
import { ProblemsView } from './keep/ProblemsView.tsx';
import { storyDownload } from './keep/storyDownload.ts';
import { useKeeping, type KeepingStatus } from './keep/useKeeping.ts';
import { TourView } from './tour/TourView.tsx';
import { useI18n } from '../ui/i18n/LanguageContext.tsx';
import { StoryText } from '../ui/i18n/StoryText.tsx';
import './editor.css';

export interface StoryEditorProps {
  start: EditStart;
  tileSource: TileSource | null;
  /** The build's offline basemap, drawn when no tile server answers. */
  basemap: Basemap | null;
  /** The viewer's own components showing a story, for the preview. */
  renderPreview: (story: Story) => ReactNode;
  /** Back to the viewer, with the story when it passes every check. */
  onLeave: (story: Story | null) => void;
  /** The key the draft is kept under, for the page's link (`?edit=<key>`), so a reload reopens it. */
  onKeyChosen: (key: string) => void;
  store?: DraftStore;
}

type EditorView = 'article' | 'cite' | 'incidents' | 'tour' | 'problems' | 'preview' | 'kept';

const VIEWS: readonly { view: EditorView; label: MessageDescriptor }[] = [
  { view: 'article', label: /*i18n*/ { id: 'editor.nav.article', message: 'Article' } },
  { view: 'cite', label: /*i18n*/ { id: 'editor.nav.cite', message: 'Cite' } },
  { view: 'incidents', label: /*i18n*/ { id: 'editor.nav.incidents', message: 'Incidents' } },
  { view: 'tour', label: /*i18n*/ { id: 'editor.nav.tour', message: 'Tour' } },
  { view: 'problems', label: /*i18n*/ { id: 'editor.nav.problems', message: 'Problems' } },
  { view: 'preview', label: /*i18n*/ { id: 'editor.nav.preview', message: 'Preview' } },
  { view: 'kept', label: /*i18n*/ { id: 'editor.nav.kept', message: 'Kept stories' } },
];

/** A clock time in the interface's language (English as the browser prints it, as before). */
export function clockTime(i18n: I18n, time: string | number): string {
  return new Date(time).toLocaleTimeString(i18n.locale === 'en' ? undefined : intlLocaleOf(i18n));
}

function newKey(): string {
  return crypto.randomUUID().slice(0, 8);
}

/** Why a new story opened in place of the kept one asked for: told in the reader's language when shown. */
type OpeningNote = { kind: 'notKept' } | { kind: 'unreadable'; error: string };

type Opening =
  { status: 'opening' } | { status: 'open'; draft: StoryDraft; revision: number; note: OpeningNote | null };

function describeNote(note: OpeningNote, i18n: I18n): string {
  if (note.kind === 'notKept')
    return i18n._({
      id: 'editor.open.notKept',
      message: 'No story is kept under this link in this browser: here is a new one.',
    });
  return i18n._({
    id: 'editor.open.unreadable',
    message: 'The kept story could not be read ({error}): here is a new one.',
    values: { error: note.error },
  });
}

function useOpening(start: EditStart, store: DraftStore, i18n: I18n): Opening {
  // A new story's default words are in the language the editor opened in; a later change of language leaves them.
  const [i18nAtStart] = useState(i18n);
  const [opening, setOpening] = useState<Opening>(() => {
    if (start.kind === 'new')
      return { status: 'open', draft: emptyDraft(newKey(), i18nAtStart), revision: 0, note: null };
    if (start.kind === 'story') {
      return { status: 'open', draft: draftFromStory(newKey(), start.story), revision: 0, note: null };
    }
    return { status: 'opening' };
  });
  useEffect(
    function readKept() {
      if (start.kind !== 'kept') return;
      let current = true;
      store.get(start.key).then(
        (kept) => {
          if (!current) return;
          if (kept !== undefined)
            setOpening({ status: 'open', draft: kept.draft, revision: kept.revision, note: null });
          else {
            const note: OpeningNote = { kind: 'notKept' };
            setOpening({ status: 'open', draft: emptyDraft(start.key, i18nAtStart), revision: 0, note });
          }
        },
        (error: unknown) => {
          if (!current) return;
          const note: OpeningNote = { kind: 'unreadable', error: String(error) };
          setOpening({ status: 'open', draft: emptyDraft(newKey(), i18nAtStart), revision: 0, note });
        },
      );
      return () => {
        current = false;
      };
    },
    [start, store, i18nAtStart],
  );
  return opening;
}

function describeStatus(status: KeepingStatus, i18n: I18n): string {
  switch (status.kind) {
    case 'unsaved':
      return i18n._({ id: 'editor.status.unsaved', message: 'Not saved yet' });
    case 'saving':
      return i18n._({ id: 'editor.status.saving', message: 'Saving…' });
    case 'kept':
      return i18n._({
        id: 'editor.status.kept',
        message: 'Saved in this browser at {time}',
        values: { time: clockTime(i18n, status.savedAt) },
      });
    case 'conflict':
      return i18n._({ id: 'editor.status.conflict', message: 'Not saved: another tab saved this story since' });
    case 'full':
      return i18n._({
        id: 'editor.status.full',
        message: 'Not saved: this browser’s storage is full. The story is kept in this page only: download it.',
      });
    case 'failed':
      return i18n._({
        id: 'editor.status.failed',
        message: 'Not saved: {reason}. The story is kept in this page only: download it.',
        values: { reason: status.message },
      });
  }
}

/** The story editor: article, citations, places, descriptions, tour; kept in the browser, previewed, downloaded. */
export function StoryEditor(props: StoryEditorProps) {
  const [defaultStore] = useState(() => props.store ?? idbDraftStore());
  const i18n = useI18n();
  const opening = useOpening(props.start, defaultStore, i18n);
  if (opening.status === 'opening') {
    return (
      <p className="editor-loading" role="status">
        {i18n._({ id: 'editor.open.opening', message: 'Opening the kept story…' })}
      </p>
    );
  }
  return <OpenEditor {...props} store={defaultStore} opened={opening} />;
}

function OpenEditor(props: StoryEditorProps & { store: DraftStore; opened: Extract<Opening, { status: 'open' }> }) {
  const { tileSource, basemap, renderPreview, onLeave, onKeyChosen, store, opened } = props;
  const i18n = useI18n();
  const [history, dispatch] = useReducer(draftHistoryReducer, opened.draft, startHistory);
  const draft = history.present;
  const [view, setView] = useState<EditorView>(opened.draft.story.article.passages.length === 0 ? 'article' : 'cite');
  const [selectedIncidentId, setSelectedIncidentId] = useState<string | null>(
    draft.story.incidents.features[0]?.id ?? null,
  );
  const keeping = useKeeping(draft, store, opened.revision);
  const editorRef = useRef<HTMLDivElement>(null);
  useEffect(
    function startViewAtTop() {
      editorRef.current?.scrollTo({ top: 0 });
    },
    [view],
  );
  const check = useMemo(() => checkDraft(draft, i18n), [draft, i18n]);
  const problemsValue = useMemo(() => ({ story: draft.story, byPath: check.byPath }), [draft.story, check.byPath]);
  const change = useCallback(
    (next: StoryDraft, typingIn?: string) => dispatch({ type: 'change', draft: next, typingIn }),
    [],
  );
  const bounds = useMemo(() => storyFromDraft(draft, i18n).defaultBounds, [draft, i18n]);

  useEffect(
    function writeKeyInLink() {
      onKeyChosen(draft.key);
    },
    [draft.key, onKeyChosen],
  );

  useEffect(function undoKeys() {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      // Text fields undo their own typing; elsewhere the keys undo the editor's last change.
      if (
        target?.closest('input,textarea,select') ||
        !(event.ctrlKey || event.metaKey) ||
        event.key.toLowerCase() !== 'z'
      )
        return;
      event.preventDefault();
      dispatch({ type: event.shiftKey ? 'redo' : 'undo' });
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function download() {
    const file = storyDownload(draft, check);
    saveTextFile(file.fileName, 'application/json', file.text);
  }

  function showProblem(problem: DataProblem) {
    const incidentId = /^incidents\.features\[\d+\] \(id "([^"]+)"\)/.exec(problem.path)?.[1];
    const target = problem.path.startsWith('tour') ? 'tour' : incidentId !== undefined ? 'incidents' : 'article';
    if (incidentId !== undefined) setSelectedIncidentId(incidentId);
    setView(target);
    window.setTimeout(() => {
      const field = [...document.querySelectorAll<HTMLElement>('[data-problem-path]')].find(
        (element) => element.dataset.problemPath === problem.path,
      );
      field?.focus();
    }, 50);
  }

  function openKept(kept: KeptDraft) {
    dispatch({ type: 'replace', draft: kept.draft });
    keeping.takeTheirs(kept);
    setView('article');
  }

  const status = keeping.status;
  return (
    <DraftProblemsContext value={problemsValue}>
      <div className="editor" ref={editorRef}>
        <div className="editor-bar">
          <h1 className="editor-bar__title">
            {i18n._({ id: 'editor.title', message: 'Story editor' })}
            <span className="visually-hidden">{i18n._({ id: 'editor.titleColon', message: ': ' })}</span>
            <bdi className="editor-bar__story">
              {draft.story.title ? (
                <StoryText>{draft.story.title}</StoryText>
              ) : (
                i18n._({ id: 'editor.untitled', message: 'Untitled story' })
              )}
            </bdi>
          </h1>
          <p className="editor-bar__status" role="status">
            {describeStatus(status, i18n)}
            {check.story === null
              ? i18n._({
                  id: 'editor.status.draftProblems',
                  message: ' · draft: {count, plural, one {# problem} other {# problems}}',
                  values: { count: check.problems.length },
                })
              : i18n._({ id: 'editor.status.ready', message: ' · ready: no problems' })}
          </p>
          <div className="editor-actions">
            <button type="button" disabled={history.past.length === 0} onClick={() => dispatch({ type: 'undo' })}>
              {i18n._({ id: 'editor.undo', message: 'Undo' })}
            </button>
            <button type="button" disabled={history.future.length === 0} onClick={() => dispatch({ type: 'redo' })}>
              {i18n._({ id: 'editor.redo', message: 'Redo' })}
            </button>
            <button type="button" onClick={download}>
              {check.story === null
                ? i18n._({ id: 'editor.downloadDraft', message: 'Download draft' })
                : i18n._({ id: 'editor.downloadStory', message: 'Download story' })}
            </button>
            <button type="button" onClick={() => onLeave(check.story)}>
              {check.story === null
                ? i18n._({ id: 'editor.backToViewer', message: 'Back to the viewer' })
                : i18n._({ id: 'editor.showInViewer', message: 'Show in the viewer' })}
            </button>
          </div>
          {opened.note !== null && <p className="editor-note">{describeNote(opened.note, i18n)}</p>}
          {status.kind === 'conflict' && (
            <div className="editor-conflict" role="alert">
              <p>
                {i18n._({
                  id: 'editor.conflict.note',
                  message: 'Another tab saved this story at {time}, after this tab last did. Nothing was overwritten.',
                  values: { time: clockTime(i18n, status.theirs.savedAt) },
                })}
              </p>
              <button type="button" onClick={() => keeping.keepMine(status.theirs)}>
                {i18n._({ id: 'editor.conflict.keepMine', message: 'Keep this tab’s version' })}
              </button>{' '}
              <button type="button" onClick={() => openKept(status.theirs)}>
                {i18n._({ id: 'editor.conflict.takeTheirs', message: 'Take the other tab’s version' })}
              </button>
            </div>
          )}
          <nav aria-label={i18n._({ id: 'editor.nav.label', message: 'Editor' })} className="editor-nav">
            {VIEWS.map((entry) => (
              <button
                key={entry.view}
                type="button"
                aria-current={entry.view === view ? 'page' : undefined}
                onClick={() => setView(entry.view)}
              >
                {entry.view === 'problems'
                  ? i18n._({
                      id: 'editor.nav.problemsCount',
                      message: 'Problems ({count, number})',
                      values: { count: check.problems.length },
                    })
                  : i18n._(entry.label)}
              </button>
            ))}
          </nav>
        </div>
        <div className="editor-main">
          {view === 'article' && <ArticleView draft={draft} onChange={change} />}
          {view === 'cite' && (
            <CiteView
              draft={draft}
              onChange={change}
              onCited={(incidentId) => {
                setSelectedIncidentId(incidentId);
                setView('incidents');
              }}
            />
          )}
          {view === 'incidents' && (
            <IncidentsView
              draft={draft}
              selectedIncidentId={selectedIncidentId}
              onSelect={setSelectedIncidentId}
              onChange={change}
              bounds={bounds}
              tileSource={tileSource}
              basemap={basemap}
            />
          )}
          {view === 'tour' && (
            <TourView draft={draft} onChange={change} bounds={bounds} tileSource={tileSource} basemap={basemap} />
          )}
          {view === 'problems' && <ProblemsView problems={check.problems} onShow={showProblem} />}
          {view === 'preview' &&
            (check.story === null ? (
              <section className="editor-view" aria-labelledby="editor-preview-heading">
                <h2 id="editor-preview-heading">{i18n._({ id: 'editor.nav.preview', message: 'Preview' })}</h2>
                <p>
                  {i18n._({
                    id: 'editor.preview.notReady',
                    message:
                      'The preview shows the story as readers will see it once it has no problems ({count, number} left: see “Problems”).',
                    values: { count: check.problems.length },
                  })}
                </p>
              </section>
            ) : (
              <section
                className="editor-preview"
                aria-label={i18n._({ id: 'editor.preview.label', message: 'Preview: the story as readers see it' })}
              >
                {renderPreview(check.story)}
              </section>
            ))}
          {view === 'kept' && (
            <KeptStoriesView store={store} currentKey={draft.key} onOpen={openKept} newKey={newKey} />
          )}
        </div>
      </div>
    </DraftProblemsContext>
  );
}
