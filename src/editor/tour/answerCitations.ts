import { collectArticleQuotes } from '../../data/quotes/collectArticleQuotes.ts';
import type { IncidentCollection } from '../../model/incident.ts';
import type { AnswerCitation } from '../../model/tour.ts';
import { quoteKey } from './tourSteps.ts';

/** Every option the story gives an answer, and the title of an incident's outside source. */
export interface AnswerChoices {
  options: readonly AnswerOption[];
  sourceTitle: (incidentId: string, sourceId: string) => string;
}

/** What an answer may cite, with the words to show for it. */
export interface AnswerOption {
  citation: AnswerCitation;
  words: string;
  /** The outside source's title (or id), for an outside source's words; null for the article's. */
  source: string | null;
}

/** The same citation gives the same key, whatever the order of its fields (a story file's order is its author's). */
export function answerKey(citation: AnswerCitation): string {
  return JSON.stringify(
    citation.type === 'article'
      ? [citation.type, quoteKey(citation.quote)]
      : [citation.type, citation.incidentId, citation.sourceId, citation.words],
  );
}

/**
 * The words a tour question's answer may rest on: every quote of the article the story cites, and every outside
 * source's words an incident quotes (the check lets an answer cite only words the story cites), each once.
 */
export function answerOptions(incidents: IncidentCollection): AnswerChoices {
  const options = new Map<string, AnswerOption>();
  const add = (option: AnswerOption) => {
    const key = answerKey(option.citation);
    if (!options.has(key)) options.set(key, option);
  };
  for (const quote of [...collectArticleQuotes(incidents).values()].flat()) {
    add({ citation: { type: 'article', quote: quote.anchor }, words: quote.anchor.exact, source: null });
  }
  for (const incident of incidents.features) {
    const { claims, casualties, place, sources } = incident.properties;
    for (const { citation } of [...claims, ...casualties, ...(place.reportedDistances ?? [])]) {
      if (citation.type !== 'outside' || citation.words === undefined) continue;
      const source = sources.find((candidate) => candidate.id === citation.sourceId);
      add({
        citation: { type: 'outside', incidentId: incident.id, sourceId: citation.sourceId, words: citation.words },
        words: citation.words,
        source: source?.title || citation.sourceId,
      });
    }
  }
  const titles = new Map(
    incidents.features.flatMap((incident) =>
      incident.properties.sources.map((source) => [`${incident.id} ${source.id}`, source.title || source.id] as const),
    ),
  );
  return {
    options: [...options.values()],
    sourceTitle: (incidentId, sourceId) => titles.get(`${incidentId} ${sourceId}`) ?? sourceId,
  };
}

/**
 * The options for one answer: what it cites that is not among the options (kept, so it can be seen and unticked), then
 * every option in the story's order, which ticking does not change, so a ticked box stays where it was.
 */
export function optionsFor(cited: readonly AnswerCitation[], { options, sourceTitle }: AnswerChoices): AnswerOption[] {
  const optionKeys = new Set(options.map((option) => answerKey(option.citation)));
  const extra = cited
    .filter((citation) => !optionKeys.has(answerKey(citation)))
    .map((citation) => ({
      citation,
      words: citation.type === 'article' ? citation.quote.exact : citation.words,
      source: citation.type === 'article' ? null : sourceTitle(citation.incidentId, citation.sourceId),
    }));
  return [...extra, ...options];
}
