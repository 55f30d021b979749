import { formatRecordPath } from '../../data/load/formatRecordPath.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { DataProblem } from '../../model/describeIssues.ts';
import type { Story } from '../../model/story.ts';
import type { TourStep } from '../../model/tour.ts';

/**
 * The tour rules the built story is held to (tests/data/tour.test.ts), as problems rather than failures: a tour opens
 * and closes with an overview (a step on every strike, or on nothing) and has none between, and the steps between
 * follow the dates of the incidents they focus on.
 */
export function checkTourOrder(story: Story, origin: string, i18n: I18n): DataProblem[] {
  const steps = story.tour?.steps ?? [];
  if (steps.length === 0) return [];
  const problems: DataProblem[] = [];
  const report = (index: number, message: string) =>
    problems.push({ origin, path: formatRecordPath(['tour', 'steps', index], story), message });
  const incidents = new Map(story.incidents.features.map((incident) => [incident.id, incident]));
  const strikeIds = story.incidents.features
    .filter((incident) => incident.properties.kind === 'strike')
    .map((incident) => incident.id)
    .sort()
    .join();
  const isOverview = (step: TourStep) =>
    step.focusIncidentIds.length === 0 || [...step.focusIncidentIds].sort().join() === strikeIds;
  const datesOf = (step: TourStep) =>
    step.focusIncidentIds
      .flatMap((id) => {
        const when = incidents.get(id)?.properties.when;
        return when === null || when === undefined || when.date === '' ? [] : [when.date];
      })
      .sort();
  const last = steps.length - 1;
  steps.forEach((step, index) => {
    const end = index === 0 || index === last;
    if (end && !isOverview(step)) {
      report(
        index,
        index === 0
          ? i18n._({
              id: 'editor.check.tourOpens',
              message: 'a tour opens with an overview: focus on every strike, or on none',
            })
          : i18n._({
              id: 'editor.check.tourCloses',
              message: 'a tour closes with an overview: focus on every strike, or on none',
            }),
      );
    }
    if (!end && isOverview(step)) {
      report(
        index,
        i18n._({
          id: 'editor.check.overviewBetween',
          message: 'only the first and last steps are overviews: focus on some incidents',
        }),
      );
    }
  });
  let previousLast = '';
  steps.forEach((step, index) => {
    if (index === 0 || index === last || isOverview(step)) return;
    const dates = datesOf(step);
    const first = dates[0];
    if (first !== undefined && first < previousLast) {
      report(
        index,
        i18n._({
          id: 'editor.check.tourDates',
          message: 'its incidents ({first}) come before the previous step’s ({previous}): steps follow the dates',
          values: { first, previous: previousLast },
        }),
      );
    }
    previousLast = dates.at(-1) ?? previousLast;
  });
  return problems;
}
