import type { DataProblem } from '../../model/describeIssues.ts';
import type { Citation, Incident } from '../../model/incident.ts';
import type { Story } from '../../model/story.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { formatRecordPath } from './formatRecordPath.ts';

type Path = readonly PropertyKey[];

/** "AST", "IST", "CST": each names several zones around the world, so a bare abbreviation is not a zone. */
const ZONE_ABBREVIATION = /^[A-Z]{2,5}$/;

/**
 * The rules that keep a story from saying more than its sources (docs/ARCHITECTURE.md, "Honest uncertainty"), beyond
 * what the schema can check alone: every map point says what it stands for and how precise it is (with the radius of
 * an approximate place), a reference place is not an event's
 * site, an approximate place says where the event was, a time zone is named unambiguously, and an outside citation
 * quotes its source or says it paraphrases it. The data build refuses a story that breaks them; a story opened from
 * elsewhere is shown with what it lacks said plainly instead. Its words are the 'checks' part's.
 */
export function checkStoryHonesty(story: Story, origin: string, i18n: I18n): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (path: Path, message: string): void => {
    problems.push({ origin, path: formatRecordPath(path, story), message });
  };

  function checkCitation(citation: Citation, path: Path): void {
    if (citation.type !== 'outside') return;
    if (citation.words === undefined && citation.paraphrase !== true) {
      report(
        path,
        i18n._({
          id: 'checks.outsideWords',
          message: 'an outside citation quotes the few words that support it, or is marked {paraphrase}',
          values: { paraphrase: '"paraphrase": true' },
        }),
      );
    }
    if (citation.words !== undefined && citation.paraphrase === true) {
      report(
        path,
        i18n._({
          id: 'checks.notParaphrase',
          message: 'a citation with quoted words is not a paraphrase: drop {paraphrase}',
          values: { paraphrase: '"paraphrase"' },
        }),
      );
    }
  }

  function checkIncident(incident: Incident, index: number): void {
    const path = ['incidents', 'features', index, 'properties'];
    const { kind, place, when, claims, casualties } = incident.properties;
    const { point } = place;
    if (incident.geometry !== null) {
      if (point === undefined) {
        report(
          [...path, 'place', 'point'],
          i18n._({
            id: 'checks.pointSays',
            message: 'a map point says what it stands for ({fields})',
            values: { fields: 'place.point: role, on, eventWas' },
          }),
        );
      } else {
        if ((kind === 'reference') !== (point.role === 'reference-place')) {
          report(
            [...path, 'place', 'point', 'role'],
            i18n._({
              id: 'checks.referenceRole',
              message: 'a reference place, and only a reference place, has a point of role {role}',
              values: { role: '"reference-place"' },
            }),
          );
        }
        if ((point.role === 'nearby-place' || point.role === 'where-issued') && point.eventWas === null) {
          report(
            [...path, 'place', 'point', 'eventWas'],
            i18n._({
              id: 'checks.sayWhereEventWas',
              message: 'a point of role {role} stands in for the event: say where the event itself was',
              values: { role: JSON.stringify(point.role) },
            }),
          );
        }
      }
    }
    if (when !== null && ZONE_ABBREVIATION.test(when.zone)) {
      report(
        [...path, 'when', 'zone'],
        i18n._({
          id: 'checks.zoneAbbreviation',
          message: '{zone} is an abbreviation that names more than one zone: write the zone’s name (e.g. {example})',
          values: { zone: JSON.stringify(when.zone), example: '"Central European Time"' },
        }),
      );
    }
    if (place.geoPrecision === 'unknown') {
      report(
        [...path, 'place', 'geoPrecision'],
        i18n._({
          id: 'checks.sayPrecision',
          message: 'say how precise the point is (1, 2 or 3): {unknown} is for files',
          values: { unknown: '"unknown"' },
        }),
      );
    }
    if ((place.geoPrecision === 2 || place.geoPrecision === 3) && place.uncertaintyRadiusKm === null) {
      report(
        [...path, 'place', 'uncertaintyRadiusKm'],
        i18n._({
          id: 'checks.sayRadius',
          message: 'an approximate place (precision 2 or 3) gives the radius of the area the event may lie in',
        }),
      );
    }
    if (place.uncertaintyBoundSourceId !== undefined) {
      const known = incident.properties.sources.some((source) => source.id === place.uncertaintyBoundSourceId);
      if (!known) {
        report(
          [...path, 'place', 'uncertaintyBoundSourceId'],
          i18n._({ id: 'checks.boundNoSource', message: 'names no source of this incident' }),
        );
      }
    }
    claims.forEach((claim, claimIndex) => checkCitation(claim.citation, [...path, 'claims', claimIndex, 'citation']));
    casualties.forEach((figure, figureIndex) =>
      checkCitation(figure.citation, [...path, 'casualties', figureIndex, 'citation']),
    );
    (place.reportedDistances ?? []).forEach((distance, distanceIndex) =>
      checkCitation(distance.citation, [...path, 'place', 'reportedDistances', distanceIndex, 'citation']),
    );
  }

  story.incidents.features.forEach(checkIncident);
  return problems;
}
