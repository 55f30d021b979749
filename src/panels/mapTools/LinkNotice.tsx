import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useState } from 'react';
import { formatShortDay } from '../../data/time/formatCalendarDate.ts';
import { isolate } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import type { LinkProblem } from '../../state/linkProblems.ts';
import '../../ui/ui.css';
import './controls.css';

/**
 * One unusable part of the link, in the reader's language. The field keeps its name in the link, and the link's own
 * text is quoted as it is: both are what the reader would look for in the address.
 */
export function describeLinkProblem(problem: LinkProblem, i18n: I18n): string {
  const field = isolate(i18n, problem.field);
  const value = isolate(i18n, problem.value);
  const other = problem.other ?? '';
  switch (problem.reason) {
    case 'not-an-id':
      return i18n._({
        id: 'linkNotice.notAnId',
        message: '{field}: "{value}" is not a valid id',
        values: { field, value },
      });
    case 'no-such-incident':
      return i18n._({
        id: 'linkNotice.noSuchIncident',
        message: '{field}: this story has no incident "{value}"',
        values: { field, value },
      });
    case 'no-such-passage':
      return i18n._({
        id: 'linkNotice.noSuchPassage',
        message: '{field}: the article has no story passage "{value}"',
        values: { field, value },
      });
    case 'no-such-step':
      return i18n._({
        id: 'linkNotice.noSuchStep',
        message: '{field}: this story has no tour step "{value}"',
        values: { field, value },
      });
    case 'unknown-layers':
      return i18n._({ id: 'linkNotice.unknownLayers', message: '{field}: unknown {value}', values: { field, value } });
    case 'not-a-view':
      return i18n._({
        id: 'linkNotice.notAView',
        message: '{field}: "{value}" is not zoom/latitude/longitude',
        values: { field, value },
      });
    case 'not-a-basemap':
      return i18n._({
        id: 'linkNotice.notABasemap',
        message: '{field}: "{value}" is not "online" or "offline"',
        values: { field, value },
      });
    case 'not-a-date':
      return i18n._({
        id: 'linkNotice.notADate',
        message: '{field}: "{value}" is not a date (YYYY-MM-DD)',
        values: { field, value },
      });
    case 'before-start':
      return i18n._({
        id: 'linkNotice.beforeStart',
        message: '{field}: "{value}" is before from "{other}"',
        values: { field, value, other: isolate(i18n, other) },
      });
    case 'after-last-day':
      return i18n._({
        id: 'linkNotice.afterLastDay',
        message: '{field}: "{value}" is after the story’s last day, {day}',
        values: { field, value, day: formatShortDay(other, i18n) },
      });
    case 'before-first-day':
      return i18n._({
        id: 'linkNotice.beforeFirstDay',
        message: '{field}: "{value}" is before the story’s first day, {day}',
        values: { field, value, day: formatShortDay(other, i18n) },
      });
  }
}

interface LinkNoticeProps {
  /** The parts of the link that could not be used, as the URL reader and the story found them. */
  problems: readonly LinkProblem[];
}

/**
 * Says quietly which parts of an opened link were not used, so a reader knows the view is not quite what was sent.
 * The map works regardless, with defaults for those parts. Fetched only for such a link (StoryMapArea); give it a key
 * from the problems so it shows again for a different link.
 */
export function LinkNotice({ problems }: LinkNoticeProps) {
  const [dismissed, setDismissed] = useState(false);
  const i18n = useI18n();
  if (dismissed || problems.length === 0) return null;
  return (
    <section className="link-notice" aria-label={i18n._({ id: 'linkNotice.label', message: 'About this link' })}>
      <p className="link-notice__text">
        {i18n._({
          id: 'linkNotice.text',
          message: 'Parts of this link could not be used, so the map shows its defaults for them:',
        })}
      </p>
      <ul className="link-notice__problems">
        {problems.map((problem) => (
          <li key={`${problem.field} ${problem.reason}`}>{describeLinkProblem(problem, i18n)}</li>
        ))}
      </ul>
      <button
        type="button"
        className="map-controls__inline-button link-notice__dismiss"
        onClick={() => setDismissed(true)}
      >
        {i18n._({ id: 'common.dismiss', message: 'Dismiss' })}
      </button>
    </section>
  );
}
