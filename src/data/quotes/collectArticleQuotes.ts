import type { IncidentCollection } from '../../model/incident.ts';
import type { QuoteAnchor } from '../../model/quoteAnchor.ts';

/** Words of the article that an incident cites, and which claim (or casualty figure) cites them. */
export interface CitedQuote {
  anchor: QuoteAnchor;
  incidentId: string;
  /** The claim that quotes these words; null when a casualty figure quotes them (figures have no id of their own). */
  claimId: string | null;
}

/**
 * Every article quote in the story, grouped by the passage it stands in, in story order (incidents as listed, each
 * incident's claims before its casualty figures). Outside citations are left out: they have no words in the article.
 */
export function collectArticleQuotes(incidents: IncidentCollection): ReadonlyMap<string, readonly CitedQuote[]> {
  const byPassage = new Map<string, CitedQuote[]>();
  function add(quote: CitedQuote): void {
    const quotes = byPassage.get(quote.anchor.passageId) ?? [];
    quotes.push(quote);
    byPassage.set(quote.anchor.passageId, quotes);
  }
  for (const { properties: incident } of incidents.features) {
    for (const claim of incident.claims) {
      if (claim.citation.type === 'article') {
        add({ anchor: claim.citation.quote, incidentId: incident.id, claimId: claim.id });
      }
    }
    for (const figure of incident.casualties) {
      if (figure.citation.type === 'article')
        add({ anchor: figure.citation.quote, incidentId: incident.id, claimId: null });
    }
  }
  return byPassage;
}
