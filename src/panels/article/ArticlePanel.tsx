import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { collectArticleQuotes } from '../../data/quotes/collectArticleQuotes.ts';
import { languageTagOrNull } from '../../data/words/languageTagOrNull.ts';
import { passageSegments } from '../../data/quotes/passageSegments.ts';
import type { Article } from '../../model/article.ts';
import type { IncidentCollection } from '../../model/incident.ts';
import { PAGE_TARGETS } from '../../ui/pageTargets.ts';
import { ArticleAsideNote } from './ArticleAsideNote.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import { ArticlePassage } from './ArticlePassage.tsx';
import { preferredScrollBehavior } from '../../ui/reducedMotion.ts';
import type { IncidentLabel } from './quoteTarget.ts';
import type { PassageRevealRequest } from './passageReveal.ts';
import './article.css';

interface ArticlePanelProps {
  article: Article;
  incidents: IncidentCollection;
  selectedIncidentId: string | null;
  highlightedPassageId: string | null;
  revealRequest: PassageRevealRequest | null;
  /** The link that opens the page with an incident selected (each quote's href). */
  incidentHref: (incidentId: string) => string;
}

/**
 * The article the story is told from, beside the map: its numbered paragraphs, with every quoted phrase a link to the
 * incident that cites it, and the selected incident's paragraphs and words marked. Asides (a cross-link to another
 * story printed within the article) are named but not shown as story text.
 *
 * Memoised: see docs/ARCHITECTURE.md § Rendering.
 */
export const ArticlePanel = memo(function ArticlePanel(props: ArticlePanelProps) {
  const { article, incidents, selectedIncidentId, highlightedPassageId, revealRequest } = props;
  const headingId = useId();
  const textRef = useRef<HTMLDivElement>(null);
  const segmentsByPassage = useMemo(() => {
    const quotesByPassage = collectArticleQuotes(incidents);
    return new Map(
      article.passages.map((passage) => [
        passage.id,
        passageSegments(passage.text, quotesByPassage.get(passage.id) ?? []),
      ]),
    );
  }, [article.passages, incidents]);
  const incidentLabels = useMemo(
    () =>
      new Map<string, IncidentLabel>(
        incidents.features.map((incident) => [
          incident.id,
          { title: incident.properties.title, onMap: incident.geometry !== null },
        ]),
      ),
    [incidents],
  );

  useEffect(
    function revealRequestedPassage() {
      if (revealRequest === null) return;
      const passage = textRef.current?.querySelector<HTMLElement>(`[data-passage-id="${revealRequest.passageId}"]`);
      if (passage === null || passage === undefined) return;
      // jsdom has no layout and so no scrollIntoView; browsers all have it.
      if (typeof passage.scrollIntoView === 'function') {
        passage.scrollIntoView({ behavior: preferredScrollBehavior(), block: 'center' });
      }
      // Focus after the scroll has begun, without a scroll of its own that would cut the smooth one short.
      if (revealRequest.moveFocus) passage.focus({ preventScroll: true });
    },
    [revealRequest],
  );

  return (
    <article
      id={PAGE_TARGETS.article}
      className="article-panel"
      lang={languageTagOrNull(article.language) ?? undefined}
      aria-labelledby={headingId}
      // Not a tab stop; focusable so that "Skip to article" can move focus here.
      tabIndex={-1}
    >
      <ArticleHeader article={article} headingId={headingId} />
      <div className="article-panel__text" ref={textRef}>
        {article.passages.map((passage) =>
          passage.role === 'aside' ? (
            <ArticleAsideNote key={passage.id} passage={passage} />
          ) : (
            <ArticlePassage
              key={passage.id}
              passage={passage}
              segments={segmentsByPassage.get(passage.id) ?? []}
              selectedIncidentId={selectedIncidentId}
              highlighted={passage.id === highlightedPassageId}
              incidentLabels={incidentLabels}
              incidentHref={props.incidentHref}
            />
          ),
        )}
      </div>
      {article.notes.length > 0 && (
        <footer className="article-panel__notes">
          {article.notes.map((note) => (
            <p key={note}>({note})</p>
          ))}
        </footer>
      )}
    </article>
  );
});
