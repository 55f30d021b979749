import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useId } from 'react';
import { formatShortDay } from '../../data/time/formatCalendarDate.ts';
import type { DateSpan } from '../../state/viewState.ts';

interface TimelineDateSpanProps {
  days: readonly string[];
  span: DateSpan;
  onChange: (span: DateSpan) => void;
}

/**
 * The span of days shown, as two lists of the story's days. An open end (null) reads as the first or last day; a
 * choice that would put the start after the end moves the other end with it.
 */
export function TimelineDateSpan({ days, span, onChange }: TimelineDateSpanProps) {
  const fromId = useId();
  const i18n = useI18n();
  const toId = useId();
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  const from = span.from ?? first;
  const to = span.to ?? last;

  function change(nextFrom: string, nextTo: string) {
    // The story's own first and last days are written as open ends, so the link stays short.
    onChange({ from: nextFrom <= first ? null : nextFrom, to: nextTo >= last ? null : nextTo });
  }

  return (
    <div
      className="timeline-span"
      role="group"
      aria-label={i18n._({ id: 'timeline.datesShown', message: 'Dates shown' })}
    >
      <label htmlFor={fromId}>{i18n._({ id: 'timeline.from', message: 'From' })}</label>
      <select
        id={fromId}
        value={from}
        onChange={(event) => change(event.target.value, event.target.value > to ? event.target.value : to)}
      >
        {days.map((day) => (
          <option key={day} value={day}>
            {formatShortDay(day, i18n)}
          </option>
        ))}
      </select>
      <label htmlFor={toId}>{i18n._({ id: 'timeline.to', message: 'to' })}</label>
      <select
        id={toId}
        value={to}
        onChange={(event) => change(event.target.value < from ? event.target.value : from, event.target.value)}
      >
        {days.map((day) => (
          <option key={day} value={day}>
            {formatShortDay(day, i18n)}
          </option>
        ))}
      </select>
    </div>
  );
}
