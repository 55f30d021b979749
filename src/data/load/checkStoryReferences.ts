import type { DataProblem } from '../../model/describeIssues.ts';
import type { BoundingBox, Position } from '../../model/geojson.ts';
import type { Citation } from '../../model/incident.ts';
import type { QuoteAnchor } from '../../model/quoteAnchor.ts';
import type { Story } from '../../model/story.ts';
import type { AnswerCitation } from '../../model/tour.ts';
import { findQuote } from '../quotes/findQuote.ts';
import { formatRecordPath } from './formatRecordPath.ts';

type Path = readonly PropertyKey[];

function boxContains([west, south, east, north]: BoundingBox, [longitude, latitude]: Position): boolean {
  return west <= longitude && longitude <= east && south <= latitude && latitude <= north;
}

/**
 * What the schema cannot see: that every reference inside a story resolves. Each quote stands verbatim, exactly once,
 * in a body passage (never an aside); each outside citation names one of its incident's sources; ids are unique; the
 * tour focuses on incidents that exist, and each step's bounds show the places it focuses on (a step whose camera
 * leaves out its own subject would mislead a class). Pure and browser-safe: the build runs it, and the app runs it on
 * load.
 */
export function checkStoryReferences(story: Story, origin: string): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (path: Path, message: string): void => {
    problems.push({ origin, path: formatRecordPath(path, story), message });
  };
  const passages = new Map(story.article.passages.map((passage) => [passage.id, passage]));
  const incidentsById = new Map(story.incidents.features.map((incident) => [incident.id, incident]));

  function checkUnique(records: readonly { id: string }[], path: Path, what: string): void {
    const seen = new Set<string>();
    records.forEach(({ id }, index) => {
      if (seen.has(id)) report([...path, index], `another ${what} already has the id "${id}"`);
      seen.add(id);
    });
  }

  function checkQuote(anchor: QuoteAnchor, path: Path): void {
    const passage = passages.get(anchor.passageId);
    if (passage === undefined) {
      report([...path, 'passageId'], `the article has no passage "${anchor.passageId}"`);
    } else if (passage.role !== 'body') {
      report([...path, 'passageId'], `${passage.id} is an ${passage.role}, not part of the story: never cite it`);
    } else if (!passage.text.includes(anchor.exact)) {
      report([...path, 'exact'], `the words "${anchor.exact}" do not stand verbatim in ${passage.id}`);
    } else if (findQuote(anchor, passage.text) === null) {
      report(path, `"${anchor.exact}" stands in ${passage.id}, but not exactly once with this prefix and suffix`);
    }
  }

  function checkCitation(citation: Citation, sourceIds: ReadonlySet<string>, path: Path): void {
    if (citation.type === 'article') checkQuote(citation.quote, [...path, 'quote']);
    else if (!sourceIds.has(citation.sourceId)) {
      report([...path, 'sourceId'], `no source "${citation.sourceId}" among this incident's sources`);
    }
  }

  story.article.passages.forEach((passage, index) => {
    if (passage.id !== `p${passage.number}`) {
      report(['article', 'passages', index, 'number'], `passage ${passage.id} must have the number its id carries`);
    }
  });
  checkUnique(story.article.passages, ['article', 'passages'], 'passage');
  checkUnique(story.incidents.features, ['incidents', 'features'], 'incident');
  checkUnique(story.regions.features, ['regions', 'features'], 'region');

  story.incidents.features.forEach((incident, incidentIndex) => {
    const path = ['incidents', 'features', incidentIndex, 'properties'];
    const { sources, claims, casualties, place } = incident.properties;
    const sourceIds = new Set(sources.map((source) => source.id));
    checkUnique(sources, [...path, 'sources'], 'source');
    checkUnique(claims, [...path, 'claims'], 'claim');
    claims.forEach((claim, index) => checkCitation(claim.citation, sourceIds, [...path, 'claims', index, 'citation']));
    casualties.forEach((figure, index) =>
      checkCitation(figure.citation, sourceIds, [...path, 'casualties', index, 'citation']),
    );
    (place.reportedDistances ?? []).forEach((distance, index) =>
      checkCitation(distance.citation, sourceIds, [...path, 'place', 'reportedDistances', index, 'citation']),
    );
    if (place.coordinateSourceId !== null && !sourceIds.has(place.coordinateSourceId)) {
      report(
        [...path, 'place', 'coordinateSourceId'],
        `no source "${place.coordinateSourceId}" among this incident's sources`,
      );
    }
  });

  /** An answer's words stand in the article, or among the words an incident quotes from the source it names. */
  function checkAnswerCitation(citation: AnswerCitation, path: Path): void {
    if (citation.type === 'article') {
      checkQuote(citation.quote, [...path, 'quote']);
      return;
    }
    const incident = incidentsById.get(citation.incidentId);
    if (incident === undefined) {
      report([...path, 'incidentId'], `no incident "${citation.incidentId}" in the story`);
      return;
    }
    const { claims, casualties, place } = incident.properties;
    const quoted = [...claims, ...casualties, ...(place.reportedDistances ?? [])].some(
      (record) =>
        record.citation.type === 'outside' &&
        record.citation.sourceId === citation.sourceId &&
        record.citation.words?.includes(citation.words) === true,
    );
    if (!quoted) {
      report(
        [...path, 'words'],
        `"${citation.incidentId}" quotes no such words from "${citation.sourceId}": an answer cites words the story cites`,
      );
    }
  }

  const steps = story.tour?.steps ?? [];
  checkUnique(steps, ['tour', 'steps'], 'tour step');
  steps.forEach((step, stepIndex) => {
    const path = ['tour', 'steps', stepIndex];
    step.quotes.forEach((quote, index) => checkQuote(quote, [...path, 'quotes', index]));
    step.focusIncidentIds.forEach((id, index) => {
      const incident = incidentsById.get(id);
      if (incident === undefined) {
        report([...path, 'focusIncidentIds', index], `no incident "${id}" in the story`);
      } else if (incident.geometry !== null && !boxContains(step.bounds, incident.geometry.coordinates)) {
        const [longitude, latitude] = incident.geometry.coordinates;
        report(
          [...path, 'bounds'],
          `the bounds leave out "${id}", which the step focuses on (longitude ${longitude}, latitude ${latitude})`,
        );
      }
    });
    (step.questions ?? []).forEach((question, questionIndex) => {
      const questionPath = [...path, 'questions', questionIndex];
      question.answer?.citations.forEach((citation, index) =>
        checkAnswerCitation(citation, [...questionPath, 'answer', 'citations', index]),
      );
    });
  });
  checkUnique(
    steps.flatMap((step) => step.questions ?? []),
    ['tour', 'steps'],
    'question',
  );

  return problems;
}
