import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
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

const VIEWS: readonly { view: EditorView; label: string }[] = [
  { view: 'article', label: 'Article' },
  { view: 'cite', label: 'Cite' },
  { view: 'incidents', label: 'Incidents' },
  { view: 'tour', label: 'Tour' },
  { view: 'problems', label: 'Problems' },
  { view: 'preview', label: 'Preview' },
  { view: 'kept', label: 'Kept stories' },
];

function newKey(): string {
  return crypto.randomUUID().slice(0, 8);
}

type Opening = { status: 'opening' } | { status: 'open'; draft: StoryDraft; revision: number; note: string | null };

function useOpening(start: EditStart, store: DraftStore): Opening {
  const [opening, setOpening] = useState<Opening>(() => {
    if (start.kind === 'new') return { status: 'open', draft: emptyDraft(newKey()), revision: 0, note: null };
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
            const note = 'No story is kept under this link in this browser: here is a new one.';
            setOpening({ status: 'open', draft: emptyDraft(start.key), revision: 0, note });
          }
        },
        (error: unknown) => {
          if (!current) return;
          const note = `The kept story could not be read (${String(error)}): here is a new one.`;
          setOpening({ status: 'open', draft: emptyDraft(newKey()), revision: 0, note });
        },
      );
      return () => {
        current = false;
      };
    },
    [start, store],
  );
  return opening;
}

function describeStatus(status: KeepingStatus): string {
  switch (status.kind) {
    case 'unsaved':
      return 'Not saved yet';
    case 'saving':
      return 'Saving…';
    case 'kept':
      return `Saved in this browser at ${new Date(status.savedAt).toLocaleTimeString()}`;
    case 'conflict':
      return 'Not saved: another tab saved this story since';
    case 'full':
      return 'Not saved: this browser’s storage is full. The story is kept in this page only: download it.';
    case 'failed':
      return `Not saved: ${status.message}. The story is kept in this page only: download it.`;
  }
}

/** The story editor: article, citations, places, descriptions, tour; kept in the browser, previewed, downloaded. */
export function StoryEditor(props: StoryEditorProps) {
  const [defaultStore] = useState(() => props.store ?? idbDraftStore());
  const opening = useOpening(props.start, defaultStore);
  if (opening.status === 'opening') {
    return (
      <p className="editor-loading" role="status">
        Opening the kept story…
      </p>
    );
  }
  return <OpenEditor {...props} store={defaultStore} opened={opening} />;
}

function OpenEditor(props: StoryEditorProps & { store: DraftStore; opened: Extract<Opening, { status: 'open' }> }) {
  const { tileSource, basemap, renderPreview, onLeave, onKeyChosen, store, opened } = props;
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
  const check = useMemo(() => checkDraft(draft), [draft]);
  const problemsValue = useMemo(() => ({ story: draft.story, byPath: check.byPath }), [draft.story, check.byPath]);
  const change = useCallback(
    (next: StoryDraft, typingIn?: string) => dispatch({ type: 'change', draft: next, typingIn }),
    [],
  );
  const bounds = useMemo(() => storyFromDraft(draft).defaultBounds, [draft]);

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
        target?.closest('input, textarea, select') ||
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
            Story editor<span className="visually-hidden">: </span>
            <bdi className="editor-bar__story">{draft.story.title || 'Untitled story'}</bdi>
          </h1>
          <p className="editor-bar__status" role="status">
            {describeStatus(status)}
            {check.story === null ? ` · draft: ${check.problems.length} problems` : ' · ready: no problems'}
          </p>
          <div className="editor-actions">
            <button type="button" disabled={history.past.length === 0} onClick={() => dispatch({ type: 'undo' })}>
              Undo
            </button>
            <button type="button" disabled={history.future.length === 0} onClick={() => dispatch({ type: 'redo' })}>
              Redo
            </button>
            <button type="button" onClick={download}>
              {check.story === null ? 'Download draft' : 'Download story'}
            </button>
            <button type="button" onClick={() => onLeave(check.story)}>
              {check.story === null ? 'Back to the viewer' : 'Show in the viewer'}
            </button>
          </div>
          {opened.note !== null && <p className="editor-note">{opened.note}</p>}
          {status.kind === 'conflict' && (
            <div className="editor-conflict" role="alert">
              <p>
                Another tab saved this story at {new Date(status.theirs.savedAt).toLocaleTimeString()}, after this tab
                last did. Nothing was overwritten.
              </p>
              <button type="button" onClick={() => keeping.keepMine(status.theirs)}>
                Keep this tab’s version
              </button>{' '}
              <button type="button" onClick={() => openKept(status.theirs)}>
                Take the other tab’s version
              </button>
            </div>
          )}
          <nav aria-label="Editor" className="editor-nav">
            {VIEWS.map((entry) => (
              <button
                key={entry.view}
                type="button"
                aria-current={entry.view === view ? 'page' : undefined}
                onClick={() => setView(entry.view)}
              >
                {entry.label}
                {entry.view === 'problems' && ` (${check.problems.length})`}
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
                <h2 id="editor-preview-heading">Preview</h2>
                <p>
                  The preview shows the story as readers will see it once it has no problems ({check.problems.length}{' '}
                  left: see “Problems”).
                </p>
              </section>
            ) : (
              <section className="editor-preview" aria-label="Preview: the story as readers see it">
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
