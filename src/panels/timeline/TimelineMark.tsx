import { isolate } from '../../i18n/formatters.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { CSSProperties } from 'react';
import { formatIncidentTime } from '../../data/time/formatIncidentTime.ts';
import type { PartyMark } from '../../data/symbols/partyMarks.ts';
import type { TimelinePlacement } from '../../data/time/timelinePlacement.ts';
import { useStoryActions } from '../../ui/story/StoryActions.ts';

interface TimelineMarkProps {
  placement: TimelinePlacement;
  mark: PartyMark;
  selected: boolean;
  /** Outside the dates shown, or not yet reached by the play head: kept in place, faded, and not selectable. */
  hidden: boolean;
  /** One of the incidents the presented tour step is about. */
  inStep: boolean;
}

/**
 * One incident on the timeline: a dot at its local date and time, in its party's colour. A hollow ring says the time
 * of day is not known, so the dot stands at noon for want of better.
 */
export function TimelineMark({ placement, mark, selected, hidden, inStep }: TimelineMarkProps) {
  const { selectBesideMap } = useStoryActions();
  const { incident, when, fraction, lane, timeKnown } = placement;
  const classes = [
    'timeline-mark',
    timeKnown ? '' : 'timeline-mark--day-only',
    selected ? 'timeline-mark--selected' : '',
    inStep ? 'timeline-mark--in-step' : '',
  ].filter(Boolean);
  // For a day-only incident this says "(time of day not known)", as the hollow ring does.
  const i18n = useI18n();
  const time = formatIncidentTime(when, i18n);
  return (
    <li
      className="timeline__item"
      style={{ insetInlineStart: `${fraction * 100}%`, top: `calc(${lane} * var(--timeline-lane))` }}
    >
      <button
        type="button"
        className={classes.join(' ')}
        style={{ '--mark-colour': mark.colour } as CSSProperties}

        aria-label={
          inStep
            ? i18n._({
                id: 'timeline.markInStep',
                message: '{title}, {time}, in this step',
                values: { title: isolate(i18n, incident.properties.title), time },
              })
            : i18n._({
                id: 'timeline.mark',
                message: '{title}, {time}',
                values: { title: isolate(i18n, incident.properties.title), time },
              })
        }
        title={`${incident.properties.title} — ${time}`}
        aria-pressed={selected}
        disabled={hidden}
        data-incident-id={incident.id}
        onClick={() => selectBesideMap(incident.id)}
      />
    </li>
  );
}
