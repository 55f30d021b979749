import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { anchorForRange } from '../../data/quotes/anchorForRange.ts';
import { collectArticleQuotes } from '../../data/quotes/collectArticleQuotes.ts';
import type { TextRange } from '../../data/quotes/findQuote.ts';
import { passageSegments } from '../../data/quotes/passageSegments.ts';
import type { Passage } from '../../model/article.ts';
import type { StoryDraft } from '../draft/storyDraft.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { citeAsClaim, citeAsNewIncident } from './citeQuote.ts';
import { rangeOfWords, wordRanges, wordsOfRange } from './wordRanges.ts';

interface CiteViewProps {
  draft: StoryDraft;
  onChange: (draft: StoryDraft) => void;
  /** After citing: the incident to describe and place next. */
  onCited: (incidentId: string) => void;
}

interface WordSelection extends TextRange {
  passageId: string;
}

/** The offset within `container`'s text of a point given as a DOM node and offset. */
function offsetIn(container: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The words the reader selected with the mouse (or touch) inside one passage's text, if that is what they did. */
function selectionInPassage(): WordSelection | null {
  const selection = window.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer.parentElement?.closest('[data-cite-passage]');
  const end = range.endContainer.parentElement?.closest('[data-cite-passage]');
  if (!start || start !== end) return null;
  const passageId = start.getAttribute('data-cite-passage') ?? '';
  return {
    passageId,
    start: offsetIn(start, range.startContainer, range.startOffset),
    end: offsetIn(start, range.endContainer, range.endOffset),
  };
}

/** How long a selection must stay still before it is read, when no released button or finger says it is done. */
const SELECTION_SETTLES_MS = 300;

function sameSelection(one: WordSelection | null, other: WordSelection | null): boolean {
  return (
    one !== null &&
    other !== null &&
    one.passageId === other.passageId &&
    one.start === other.start &&
    one.end === other.end
  );
}

/** A DOM range over characters `start` to `end` of `container`'s text. */
function rangeInText(container: Element, { start, end }: TextRange): Range | null {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

function PassageText({
  passage,
  quoted,
  chosen,
}: {
  passage: Passage;
  quoted: ReturnType<typeof passageSegments>;
  chosen: TextRange | null;
}) {
  const cuts = quoted;
  return (
    <span data-cite-passage={passage.id}>
      {cuts.map((segment) => {
        const inChoice = chosen !== null && segment.start < chosen.end && segment.end > chosen.start;
        if (!inChoice) {
          return segment.quotes.length === 0 ? (
            segment.text
          ) : (
            <mark key={segment.start} className="quote-link__mark editor-cited">
              {segment.text}
            </mark>
          );
        }
        // Split the segment where the chosen words begin and end.
        const from = Math.max(chosen.start, segment.start) - segment.start;
        const to = Math.min(chosen.end, segment.end) - segment.start;
        const Cited = segment.quotes.length === 0 ? 'span' : 'mark';
        return (
          <Cited
            key={segment.start}
            className={segment.quotes.length === 0 ? undefined : 'quote-link__mark editor-cited'}
          >
            {segment.text.slice(0, from)}
            <span className="editor-chosen">{segment.text.slice(from, to)}</span>
            {segment.text.slice(to)}
          </Cited>
        );
      })}
    </span>
  );
}

/**
 * The article's passages to cite from: words chosen with the mouse (or touch) in the text, or by keyboard with the
 * passage and word-number controls, become a quote anchored for the author, cited by a new incident or as a new claim.
 * Words already cited are marked as the viewer marks them.
 */
export function CiteView({ draft, onChange, onCited }: CiteViewProps) {
  const { article, incidents } = draft.story;
  const body = article.passages.filter((passage) => passage.role === 'body');
  const i18n = useI18n();
  const [choice, setChoice] = useState<WordSelection | null>(null);
  const [claimIncidentId, setClaimIncidentId] = useState('');
  const quotes = useMemo(() => collectArticleQuotes(incidents), [incidents]);
  const passage = body.find((candidate) => candidate.id === choice?.passageId) ?? null;
  const passageText = passage?.text ?? '';
  const words = wordRanges(passageText);
  const anchor = choice !== null && passage !== null ? anchorForRange(passage.id, passage.text, choice) : null;
  // What the word-number fields hold as typed: "5" on the way to "56" must not move the choice to word 5.
  const [typedWords, setTypedWords] = useState<{ first: string; last: string } | null>(null);
  const chosenWords = choice !== null && words.length > 0 ? wordsOfRange(words, choice) : { first: 1, last: 1 };
  const wordNumbers = typedWords ?? { first: String(chosenWords.first), last: String(chosenWords.last) };
  const targetIncident =
    incidents.features.find((incident) => incident.id === claimIncidentId) ?? incidents.features[0];

  useEffect(function followSelection() {
    // A mouse or pen drag is read once released: re-drawing the passage while it is dragged would break the selection.
    // A touch user's selection grows by dragging the browser's handles, which send the page no touch or pointer
    // events, only `selectionchange`: that is read once it has been still for a moment, as are Shift+arrow keys.
    let dragging = false;
    let settling: number | undefined;
    function takeSelection() {
      window.clearTimeout(settling);
      const selected = selectionInPassage();
      if (selected === null || selected.start === selected.end) return;
      setChoice((current) => (sameSelection(current, selected) ? current : selected));
      setTypedWords(null);
    }
    function startDrag(event: PointerEvent) {
      dragging = event.pointerType !== 'touch';
    }
    function endDrag() {
      dragging = false;
      takeSelection();
    }
    function selectionMoved() {
      if (dragging) return;
      window.clearTimeout(settling);
      settling = window.setTimeout(takeSelection, SELECTION_SETTLES_MS);
    }
    document.addEventListener('pointerdown', startDrag);
    document.addEventListener('mouseup', endDrag);
    document.addEventListener('touchend', takeSelection);
    document.addEventListener('keyup', takeSelection);
    document.addEventListener('selectionchange', selectionMoved);
    return () => {
      window.clearTimeout(settling);
      document.removeEventListener('pointerdown', startDrag);
      document.removeEventListener('mouseup', endDrag);
      document.removeEventListener('touchend', takeSelection);
      document.removeEventListener('keyup', takeSelection);
      document.removeEventListener('selectionchange', selectionMoved);
    };
  }, []);

  useLayoutEffect(
    function keepSelectionOnChoice() {
      // Marking the chosen words re-draws the passage's text, which moves a selection inside it; put it back on the
      // chosen words, so the browser's selection (and a touch user's handles) still show what was chosen.
      const selection = window.getSelection();
      if (choice === null || selection === null || selection.rangeCount === 0) return;
      const container = document.querySelector(`[data-cite-passage="${CSS.escape(choice.passageId)}"]`);
      if (container === null || !container.contains(selection.anchorNode)) return;
      if (sameSelection(selectionInPassage(), choice)) return;
      const range = rangeInText(container, choice);
      if (range === null) return;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [choice],
  );

  function chooseWords(passageId: string, first: number, last: number) {
    const chosen = body.find((candidate) => candidate.id === passageId);
    if (chosen === undefined) return;
    const range = rangeOfWords(wordRanges(chosen.text), first, last);
    setChoice(range === null ? null : { passageId, ...range });
  }

  function typeWords(typed: { first: string; last: string }) {
    setTypedWords(typed);
    const [first, last] = [Number(typed.first), Number(typed.last)];
    if (passage !== null && typed.first !== '' && typed.last !== '' && first >= 1 && last >= first) {
      chooseWords(passage.id, first, last);
    }
  }

  if (body.length === 0) {
    return (
      <section className="editor-view" aria-labelledby="editor-cite-heading">
        <h2 id="editor-cite-heading">{i18n._({ id: 'editor.cite.heading', message: 'Cite the article' })}</h2>
        <p>
          {i18n._({
            id: 'editor.cite.noArticle',
            message: 'Paste or open the article first (under “Article”): its passages are what you cite.',
          })}
        </p>
      </section>
    );
  }

  return (
    <section className="editor-view" aria-labelledby="editor-cite-heading">
      <h2 id="editor-cite-heading">{i18n._({ id: 'editor.cite.heading', message: 'Cite the article' })}</h2>
      <p className="editor-field__hint">
        {i18n._({
          id: 'editor.cite.hint',
          message:
            'Select words in a passage with the mouse or by touch (press and hold a word, then drag the handles), or choose a passage and its first and last words below; then cite them on the map. Cited words are marked.',
        })}
      </p>
      <div className="editor-cite">
        <ol className="editor-cite__passages">
          {article.passages.map((candidate) => (
            <li key={candidate.id} className={`editor-cite__passage editor-passage--${candidate.role}`}>
              <span className="editor-passage__number" aria-hidden="true">
                {i18n._({
                  id: 'editor.article.paragraphNumber',
                  message: '¶{number, number}',
                  values: { number: candidate.number },
                })}
              </span>{' '}
              {candidate.role === 'aside' ? (
                <span className="editor-passage__aside-text">
                  {i18n._({ id: 'editor.cite.aside', message: '(aside, not cited)' })}{' '}
                  <bdi lang={article.language}>{candidate.text}</bdi>
                </span>
              ) : (
                <bdi lang={article.language}>
                  <PassageText
                    passage={candidate}
                    quoted={passageSegments(candidate.text, quotes.get(candidate.id) ?? [])}
                    chosen={choice?.passageId === candidate.id ? choice : null}
                  />
                </bdi>
              )}
            </li>
          ))}
        </ol>
        <div className="editor-cite__panel" role="group" aria-labelledby="editor-cite-words-heading">
          <h3 id="editor-cite-words-heading">{i18n._({ id: 'editor.cite.wordsHeading', message: 'Words to cite' })}</h3>
          <label className="editor-field__label" htmlFor="editor-cite-passage">
            {i18n._({ id: 'editor.cite.passage', message: 'Passage' })}
          </label>
          <select
            id="editor-cite-passage"
            value={choice?.passageId ?? ''}
            onChange={(event) => {
              const chosen = body.find((candidate) => candidate.id === event.target.value);
              setTypedWords(null);
              if (chosen !== undefined) chooseWords(chosen.id, 1, wordRanges(chosen.text).length);
              else setChoice(null);
            }}
          >
            <option value="">{i18n._({ id: 'editor.cite.choosePassage', message: 'Choose a passage…' })}</option>
            {body.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {i18n._({
                  id: 'editor.cite.passageOption',
                  message: '¶{number, number}: {text}',
                  values: {
                    number: candidate.number,
                    text: candidate.text.length > 60 ? `${candidate.text.slice(0, 60)}…` : candidate.text,
                  },
                })}
              </option>
            ))}
          </select>
          {passage !== null && choice !== null && (
            <div className="editor-cite__words">
              <label className="editor-field__label" htmlFor="editor-cite-first">
                {i18n._({
                  id: 'editor.cite.firstWord',
                  message: 'First word (of {count, number})',
                  values: { count: words.length },
                })}
              </label>
              <input
                id="editor-cite-first"
                type="number"
                min={1}
                max={words.length}
                value={wordNumbers.first}
                aria-describedby="editor-cite-words-hint"
                onChange={(event) => typeWords({ ...wordNumbers, first: event.target.value })}
              />
              <label className="editor-field__label" htmlFor="editor-cite-last">
                {i18n._({ id: 'editor.cite.lastWord', message: 'Last word' })}
              </label>
              <input
                id="editor-cite-last"
                type="number"
                min={1}
                max={words.length}
                value={wordNumbers.last}
                aria-describedby="editor-cite-words-hint"
                onChange={(event) => typeWords({ ...wordNumbers, last: event.target.value })}
              />
              <p className="editor-field__hint" id="editor-cite-words-hint">
                {i18n._({
                  id: 'editor.cite.wordsHint',
                  message: 'Words are counted from 1; the last word is at least the first.',
                })}
              </p>
            </div>
          )}
          <p className="editor-cite__chosen" role="status" aria-live="polite">
            {anchor === null ? (
              i18n._({ id: 'editor.cite.noneChosen', message: 'No words chosen yet.' })
            ) : (
              <>
                {translateNodes(
                  i18n,
                  /*i18n*/ { id: 'editor.cite.chosen', message: 'Chosen: “{words}”' },
                  {
                    words: <StoryText lang={article.language}>{anchor.exact}</StoryText>,
                  },
                )}
                {(anchor.prefix !== undefined || anchor.suffix !== undefined) &&
                  i18n._({
                    id: 'editor.cite.repeated',
                    message: ' (these words occur more than once: the words around them tell which)',
                  })}
              </>
            )}
          </p>
          <div className="editor-actions">
            <button
              type="button"
              disabled={anchor === null}
              onClick={() => {
                if (anchor === null) return;
                const result = citeAsNewIncident(draft, anchor);
                onChange(result.draft);
                setChoice(null);
                onCited(result.incidentId);
              }}
            >
              {i18n._({ id: 'editor.cite.citeOnMap', message: 'Cite on the map' })}
            </button>
          </div>
          {incidents.features.length > 0 && (
            <div className="editor-cite__claim">
              <label className="editor-field__label" htmlFor="editor-cite-incident">
                {i18n._({ id: 'editor.cite.claimTo', message: 'Or add the words as a claim to' })}
              </label>
              <select
                id="editor-cite-incident"
                value={targetIncident?.id ?? ''}
                onChange={(event) => setClaimIncidentId(event.target.value)}
              >
                {incidents.features.map((incident) => (
                  <option key={incident.id} value={incident.id}>
                    {incident.properties.title || incident.id}
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={anchor === null || targetIncident === undefined}
                onClick={() => {
                  if (anchor === null || targetIncident === undefined) return;
                  onChange(citeAsClaim(draft, targetIncident.id, anchor));
                  setChoice(null);
                  onCited(targetIncident.id);
                }}
              >
                {i18n._({ id: 'editor.cite.addClaim', message: 'Add as a claim' })}
              </button>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
