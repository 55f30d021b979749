import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { useMemo, type CSSProperties } from 'react';
import { timelineDensity } from '../../data/time/timelineDensity.ts';
import type { Incident } from '../../model/incident.ts';
import { formatShortDay } from '../../data/time/formatCalendarDate.ts';

interface TimelineDensityBarsProps {
  incidents: readonly Incident[];
  days: readonly string[];
  hiddenIncidentIds: ReadonlySet<string>;
}

/**
 * For a story with too many incidents to mark one by one: bars for how many happened in each slice of the days, the
 * part hidden by the date span or the play head faded. A picture for the eye; a sentence says the same for a screen
 * reader, and the incident list and the map remain the way to reach each incident.
 */
export function TimelineDensityBars({ incidents, days, hiddenIncidentIds }: TimelineDensityBarsProps) {
  const i18n = useI18n();
  const density = useMemo(
    () => timelineDensity(incidents, days, hiddenIncidentIds),
    [incidents, days, hiddenIncidentIds],
  );
  const { bins, mostInABin, dated, busiestDay } = density;
  const scale = mostInABin === 0 ? 0 : 100 / mostInABin;
  return (
    <>
      <p className="visually-hidden">
        {busiestDay === null
          ? i18n._({
              id: 'timeline.density',
              message:
                '{dated, number} dated incidents over {days, plural, one {# day} other {# days}}, too many to mark one by one.',
              values: { dated, days: days.length },
            })
          : i18n._({
              id: 'timeline.densityBusiest',
              message:
                '{dated, number} dated incidents over {days, plural, one {# day} other {# days}}, too many to mark one by one; the busiest day is {day}, with {count, number}.',
              values: { dated, days: days.length, day: formatShortDay(busiestDay.day, i18n), count: busiestDay.count },
            })}
      </p>
      <div className="timeline-density" aria-hidden="true">
        {bins.map((bin, index) => (
          <div
            key={index}
            className="timeline-density__bin"
            style={{ '--shown': `${bin.shown * scale}%`, '--hidden': `${bin.hidden * scale}%` } as CSSProperties}
          >
            <span className="timeline-density__hidden" />
            <span className="timeline-density__shown" />
          </div>
        ))}
      </div>
    </>
  );
}
