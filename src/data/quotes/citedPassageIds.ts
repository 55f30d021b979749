import type { Passage } from '../../model/article.ts';
import type { IncidentProperties } from '../../model/incident.ts';

/** The article passages an incident quotes (claims and casualty figures alike), once each, in reading order. */
export function citedPassageIds(
  incident: Pick<IncidentProperties, 'claims' | 'casualties'>,
  passages: readonly Passage[],
): string[] {
  const cited = new Set(
    [...incident.claims, ...incident.casualties].flatMap(({ citation }) =>
      citation.type === 'article' ? [citation.quote.passageId] : [],
    ),
  );
  return passages.filter((passage) => cited.has(passage.id)).map((passage) => passage.id);
}
