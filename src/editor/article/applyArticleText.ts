import { parseArticle } from '../../data/article/parseArticle.ts';
import { anchorForRange } from '../../data/quotes/anchorForRange.ts';
import { findQuote } from '../../data/quotes/findQuote.ts';
import { englishI18n, type I18n } from '../../i18n/i18n.ts';
import { isolate } from '../../i18n/formatters.ts';
import type { Passage } from '../../model/article.ts';
import type { Citation, Incident } from '../../model/incident.ts';
import type { QuoteAnchor } from '../../model/quoteAnchor.ts';
import type { Tour } from '../../model/tour.ts';
import { withArticle, withStory, type StoryDraft } from '../draft/storyDraft.ts';

/** A quote whose words are no longer in the article: kept as it was, never moved to other words, and listed. */
export interface LostQuote {
  where: string;
  exact: string;
}

export type ArticleTextResult =
  { status: 'applied'; draft: StoryDraft; lost: LostQuote[]; moved: number } | { status: 'failed'; message: string };

/**
 * The quote in the new passages: where it was if its words are still there, else wherever else its words now stand
 * exactly once (a paragraph split or merged), with the anchor made unique there again; null when they are gone.
 */
export function reanchorQuote(anchor: QuoteAnchor, passages: readonly Passage[]): QuoteAnchor | null {
  const same = passages.find((passage) => passage.id === anchor.passageId);
  if (same !== undefined && same.role === 'body' && findQuote(anchor, same.text) !== null) return anchor;
  const found = passages.flatMap((passage) => {
    if (passage.role !== 'body') return [];
    const range = findQuote(anchor, passage.text) ?? findQuote({ exact: anchor.exact }, passage.text);
    return range === null ? [] : [{ passage, range }];
  });
  const [only] = found;
  if (found.length !== 1 || only === undefined) return null;
  return anchorForRange(only.passage.id, only.passage.text, only.range);
}

interface Reanchoring {
  lost: LostQuote[];
  moved: number;
}

function reanchorCitation(citation: Citation, passages: readonly Passage[], where: string, log: Reanchoring): Citation {
  if (citation.type !== 'article') return citation;
  const quote = reanchorQuote(citation.quote, passages);
  if (quote === null) {
    log.lost.push({ where, exact: citation.quote.exact });
    return citation;
  }
  if (quote !== citation.quote) log.moved += 1;
  return { ...citation, quote };
}

function reanchorIncident(incident: Incident, passages: readonly Passage[], log: Reanchoring, i18n: I18n): Incident {
  const { properties } = incident;
  const name = isolate(i18n, properties.title || properties.id);
  return {
    ...incident,
    properties: {
      ...properties,
      claims: properties.claims.map((claim) => ({
        ...claim,
        citation: reanchorCitation(
          claim.citation,
          passages,
          claim.by
            ? i18n._({
                id: 'editor.lost.claim',
                message: '{name}: claim by {claimant}',
                values: { name, claimant: isolate(i18n, claim.by) },
              })
            : i18n._({ id: 'editor.lost.claimNoOne', message: '{name}: claim by (no one yet)', values: { name } }),
          log,
        ),
      })),
      casualties: properties.casualties.map((figure) => ({
        ...figure,
        citation: reanchorCitation(
          figure.citation,
          passages,
          i18n._({
            id: 'editor.lost.figure',
            message: '{name}: figure from {claimant}',
            values: { name, claimant: isolate(i18n, figure.claimedBy) },
          }),
          log,
        ),
      })),
    },
  };
}

function reanchorTour(tour: Tour | null, passages: readonly Passage[], log: Reanchoring, i18n: I18n): Tour | null {
  if (tour === null) return null;
  const steps = tour.steps.map((step) => ({
    ...step,
    quotes: step.quotes.map((quote) => {
      const moved = reanchorQuote(quote, passages);
      if (moved === null) {
        const where = i18n._({
          id: 'editor.lost.tourStep',
          message: 'tour step {step}',
          values: { step: isolate(i18n, step.title || step.id) },
        });
        log.lost.push({ where, exact: quote.exact });
      } else if (moved !== quote) log.moved += 1;
      return moved ?? quote;
    }),
  }));
  return { ...tour, steps };
}

/**
 * The draft's article text made into passages by the same parser as the data build, keeping the author's asides
 * (by their words) and the metadata the text does not carry; then every quote found again in the new passages.
 */
export function applyArticleText(draft: StoryDraft, i18n: I18n = englishI18n): ArticleTextResult {
  const { article } = draft.story;
  let parsed;
  try {
    parsed = parseArticle(draft.articleText, {
      id: article.id,
      title: article.title,
      titleSource: article.titleSource,
      publisher: article.publisher,
      url: article.url,
      language: article.language,
    });
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  const asideWords = new Set(article.passages.filter((passage) => passage.role === 'aside').map(({ text }) => text));
  const passages = parsed.passages.map((passage) =>
    asideWords.has(passage.text) ? { ...passage, role: 'aside' as const } : passage,
  );
  const log: Reanchoring = { lost: [], moved: 0 };
  const features = draft.story.incidents.features.map((incident) => reanchorIncident(incident, passages, log, i18n));
  const next = withStory(
    withArticle(draft, {
      passages,
      notes: parsed.notes,
      byline: article.byline ?? parsed.byline,
      sourceLine: article.sourceLine ?? parsed.sourceLine,
      publishedAt: article.publishedAt ?? parsed.publishedAt,
    }),
    { tour: reanchorTour(draft.story.tour, passages, log, i18n) },
  );
  return {
    status: 'applied',
    draft: withStory(next, { incidents: { ...next.story.incidents, features } }),
    lost: log.lost,
    moved: log.moved,
  };
}
