import type { DataProblem } from '../../model/describeIssues.ts';
import type { BoundingBox, Position } from '../../model/geojson.ts';
import type { Citation } from '../../model/incident.ts';
import type { QuoteAnchor } from '../../model/quoteAnchor.ts';
import type { Story } from '../../model/story.ts';
import type { AnswerCitation } from '../../model/tour.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { findQuote } from '../quotes/findQuote.ts';
import { formatRecordPath } from './formatRecordPath.ts';

type Path = readonly PropertyKey[];

/** What kind of record an id belongs to, for the words of a duplicate. */
type RecordKind = 'passage' | 'incident' | 'region' | 'source' | 'claim' | 'step' | 'question';

function boxContains([west, south, east, north]: BoundingBox, [longitude, latitude]: Position): boolean {
  return west <= longitude && longitude <= east && south <= latitude && latitude <= north;
}

/**
 * What the schema cannot see: that every reference inside a story resolves. Each quote stands verbatim, exactly once,
 * in a body passage (never an aside); each outside citation names one of its incident's sources; ids are unique; the
 * tour focuses on incidents that exist, and each step's bounds show the places it focuses on (a step whose camera
 * leaves out its own subject would mislead a class). Pure and browser-safe: the build runs it, and the app runs it on
 * load. Its words are the 'checks' part's, in the instance's language.
 */
export function checkStoryReferences(story: Story, origin: string, i18n: I18n): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (path: Path, message: string): void => {
    problems.push({ origin, path: formatRecordPath(path, story), message });
  };
  const passages = new Map(story.article.passages.map((passage) => [passage.id, passage]));
  const incidentsById = new Map(story.incidents.features.map((incident) => [incident.id, incident]));
  const noSource = (sourceId: string): string =>
    i18n._({
      id: 'checks.noSource',
      message: 'no source {sourceId} among this incident’s sources',
      values: { sourceId: JSON.stringify(sourceId) },
    });
  const noIncident = (incidentId: string): string =>
    i18n._({
      id: 'checks.noIncident',
      message: 'no incident {incidentId} in the story',
      values: { incidentId: JSON.stringify(incidentId) },
    });

  function checkUnique(records: readonly { id: string }[], path: Path, what: RecordKind): void {
    const seen = new Set<string>();
    records.forEach(({ id }, index) => {
      if (seen.has(id)) {
        report(
          [...path, index],
          i18n._({
            id: 'checks.duplicateId',
            message:
              '{what, select, passage {another passage} incident {another incident} region {another region} source {another source} claim {another claim} step {another tour step} other {another question}} already has the id {recordId}',
            values: { what, recordId: JSON.stringify(id) },
          }),
        );
      }
      seen.add(id);
    });
  }

  function checkQuote(anchor: QuoteAnchor, path: Path): void {
    const passage = passages.get(anchor.passageId);
    if (passage === undefined) {
      report(
        [...path, 'passageId'],
        i18n._({
          id: 'checks.noPassage',
          message: 'the article has no passage {passageId}',
          values: { passageId: JSON.stringify(anchor.passageId) },
        }),
      );
    } else if (passage.role !== 'body') {
      report(
        [...path, 'passageId'],
        i18n._({
          id: 'checks.notBody',
          message: '{passageId} is an aside, not part of the story: never cite it',
          values: { passageId: passage.id },
        }),
      );
    } else if (!passage.text.includes(anchor.exact)) {
      report(
        [...path, 'exact'],
        i18n._({
          id: 'checks.notVerbatim',
          message: 'the words {words} do not stand verbatim in {passageId}',
          values: { words: JSON.stringify(anchor.exact), passageId: passage.id },
        }),
      );
    } else if (findQuote(anchor, passage.text) === null) {
      report(
        path,
        i18n._({
          id: 'checks.notOnce',
          message: '{words} stands in {passageId}, but not exactly once with this prefix and suffix',
          values: { words: JSON.stringify(anchor.exact), passageId: passage.id },
        }),
      );
    }
  }

  function checkCitation(citation: Citation, sourceIds: ReadonlySet<string>, path: Path): void {
    if (citation.type === 'article') checkQuote(citation.quote, [...path, 'quote']);
    else if (!sourceIds.has(citation.sourceId)) {
      report([...path, 'sourceId'], noSource(citation.sourceId));
    }
  }

  story.article.passages.forEach((passage, index) => {
    if (passage.id !== `p${passage.number}`) {
      report(
        ['article', 'passages', index, 'number'],
        i18n._({
          id: 'checks.passageNumber',
          message: 'passage {passageId} must have the number its id carries',
          values: { passageId: passage.id },
        }),
      );
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
      report([...path, 'place', 'coordinateSourceId'], noSource(place.coordinateSourceId));
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
      report([...path, 'incidentId'], noIncident(citation.incidentId));
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
        i18n._({
          id: 'checks.answerWords',
          message: '{incidentId} quotes no such words from {sourceId}: an answer cites words the story cites',
          values: { incidentId: JSON.stringify(citation.incidentId), sourceId: JSON.stringify(citation.sourceId) },
        }),
      );
    }
  }

  const steps = story.tour?.steps ?? [];
  checkUnique(steps, ['tour', 'steps'], 'step');
  steps.forEach((step, stepIndex) => {
    const path = ['tour', 'steps', stepIndex];
    step.quotes.forEach((quote, index) => checkQuote(quote, [...path, 'quotes', index]));
    step.focusIncidentIds.forEach((id, index) => {
      const incident = incidentsById.get(id);
      if (incident === undefined) {
        report([...path, 'focusIncidentIds', index], noIncident(id));
      } else if (incident.geometry !== null && !boxContains(step.bounds, incident.geometry.coordinates)) {
        const [longitude, latitude] = incident.geometry.coordinates;
        report(
          [...path, 'bounds'],
          i18n._({
            id: 'checks.boundsLeaveOut',
            message:
              'the bounds leave out {incidentId}, which the step focuses on (longitude {longitude}, latitude {latitude})',
            values: { incidentId: JSON.stringify(id), longitude: String(longitude), latitude: String(latitude) },
          }),
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
