import { formatDayToParts } from '../../i18n/formatters.ts';
import type { I18n } from '../../i18n/i18n.ts';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import {
  memo,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import { countDated, placeOnTimeline, storyDays } from '../../data/time/timelinePlacement.ts';
import { MOST_TIMELINE_MARKS } from '../../data/time/timelineDensity.ts';
import type { Incident, IncidentCollection } from '../../model/incident.ts';
import type { PlaybackStatus } from '../../state/playStops.ts';
import type { DateSpan } from '../../state/viewState.ts';
import { TimelineDateSpan } from './TimelineDateSpan.tsx';
import { TimelineDensityBars } from './TimelineDensityBars.tsx';
import { TimelineMark } from './TimelineMark.tsx';
import './timeline.css';
import { useStoryIndex } from '../../ui/story/StoryIndexContext.ts';

/** Rows of marks a dense timeline keeps room for: its bars, with the selection's mark over them. */
const DENSITY_LANES = 3;

/** A mark's target, as wide as a row is tall (--timeline-lane in timeline.css): 24 CSS px, WCAG 2.5.8's least. */
const MARK_TARGET_REM = 1.5;

/**
 * The least gap between two marks in a row, as a fraction of the track: one target and a pixel to spare, so that no
 * two targets overlap at any width. Measured before the first paint, so that the timeline's height (its rows) is
 * settled before the map beside it takes its view; undefined where there is no layout.
 */
function useMarkGap(track: RefObject<HTMLElement | null>, drawn: boolean): number | undefined {
  const [gap, setGap] = useState<number>();
  useLayoutEffect(
    function measureTrack() {
      const element = track.current;
      if (element === null) return undefined;
      const measure = () => {
        const targetPx = MARK_TARGET_REM * parseFloat(getComputedStyle(document.documentElement).fontSize) + 1;
        setGap(element.clientWidth > 0 ? targetPx / element.clientWidth : undefined);
      };
      measure();
      if (typeof ResizeObserver === 'undefined') return undefined;
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      return () => observer.disconnect();
    },
    [track, drawn],
  );
  return gap;
}

/** "Tue 16 Jan", the month in its own span so that a narrow timeline can drop it. */
function dayLabel(day: string, i18n: I18n) {
  const parts = formatDayToParts(i18n, day, { weekday: 'short', day: 'numeric', month: 'short' });
  if (parts === null) return day;
  // The month, with what separates it from the part before, is hidden on a narrow timeline (timeline.css); the rest
  // keeps the language's own order.
  const month = parts.findIndex((part) => part.type === 'month');
  const monthFrom = month > 0 && parts[month - 1]?.type === 'literal' ? month - 1 : month;
  const text = (from: number, to?: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join('');
  if (month === -1) return text(0);
  return (
    <>
      {text(0, monthFrom)}
      <span className="timeline__day-month">{text(monthFrom, month + 1)}</span>
      {text(month + 1)}
    </>
  );
}

interface TimelineProps {
  incidents: IncidentCollection;
  selectedIncidentId: string | null;
  dateSpan: DateSpan;
  /** Incidents hidden on the map and in the list by the span or the play head. */
  hiddenIncidentIds: ReadonlySet<string>;
  /** The presented tour step's incidents; empty when not presenting. */
  stepIncidentIds: ReadonlySet<string>;
  playback: PlaybackStatus;
  onDateSpanChange: (span: DateSpan) => void;
  onPlay: () => void;
  onPause: () => void;
  /** Ends playing and shows everything in the span again. */
  onStop: () => void;
}

/**
 * The story's days, from its first dated incident to its last, with every dated incident at its local date and time.
 * A mark selects its incident as its map marker would; the day lists narrow the map and the list to a span; Play
 * reveals the incidents one by one in the order they happened.
 *
 * Memoised: see docs/ARCHITECTURE.md § Rendering.
 */
export const Timeline = memo(function Timeline(props: TimelineProps) {
  const { incidents, selectedIncidentId, dateSpan, hiddenIncidentIds, stepIncidentIds, playback } = props;
  const { onDateSpanChange, onPlay, onPause, onStop } = props;
  const i18n = useI18n();
  const days = useMemo(() => storyDays(incidents.features), [incidents]);
  const dense = useMemo(() => countDated(incidents.features) > MOST_TIMELINE_MARKS, [incidents]);
  // A dense story's marks are only those singled out (the selection, the step's incidents): stacking a mark for
  // each of thousands of incidents would take thousands of rows.
  const index = useStoryIndex(incidents);
  const marked = useMemo(() => {
    if (!dense) return incidents.features;
    const ids = new Set(stepIncidentIds);
    if (selectedIncidentId !== null) ids.add(selectedIncidentId);
    return [...ids].flatMap((id) => index.incidentsById.get(id) ?? []);
  }, [dense, incidents, index, selectedIncidentId, stepIncidentIds]);
  const track = useRef<HTMLDivElement>(null);
  const minGap = useMarkGap(track, days.length > 0);
  const placements = useMemo(() => placeOnTimeline(marked, days, { minGap }), [marked, days, minGap]);
  const marks = index.partyMarks;
  // A dense story's bars are counted after the map is drawn; their room (DENSITY_LANES) is kept from the start, so
  // nothing above moves when they come.
  const deferredIncidents = useDeferredValue<readonly Incident[] | null>(incidents.features, null);
  if (days.length === 0) return null;
  const lanes = dense ? DENSITY_LANES : Math.max(1, ...placements.map((placement) => placement.lane + 1));
  return (
    <section className="timeline" aria-label={i18n._({ id: 'timeline.label', message: 'Timeline' })}>
      <div className="timeline__controls">
        {playback === 'playing' ? (
          <button type="button" className="timeline__button" onClick={onPause}>
            ❚❚ {i18n._({ id: 'timeline.pause', message: 'Pause' })}
          </button>
        ) : (
          <button type="button" className="timeline__button" onClick={onPlay}>
            ▶{' '}
            {playback === 'paused'
              ? i18n._({ id: 'timeline.resume', message: 'Resume' })
              : i18n._({ id: 'timeline.play', message: 'Play' })}
          </button>
        )}
        {playback !== 'stopped' && (
          <button type="button" className="timeline__button" onClick={onStop}>
            {i18n._({ id: 'timeline.showAll', message: 'Show all' })}
          </button>
        )}
        <TimelineDateSpan days={days} span={dateSpan} onChange={onDateSpanChange} />
      </div>
      <div ref={track} className="timeline__track" style={{ '--timeline-lanes': lanes } as CSSProperties}>
        <ol className="timeline__days" aria-hidden="true">
          {days.map((day) => (
            <li key={day} className="timeline__day">
              {dayLabel(day, i18n)}
            </li>
          ))}
        </ol>
        {dense && deferredIncidents !== null && (
          <TimelineDensityBars incidents={deferredIncidents} days={days} hiddenIncidentIds={hiddenIncidentIds} />
        )}
        <ol
          className="timeline__marks"
          aria-label={
            dense
              ? i18n._({ id: 'timeline.selectedMarks', message: 'Selected incidents on the timeline' })
              : i18n._({ id: 'timeline.marks', message: 'Incidents in the order they happened' })
          }
        >
          {placements.map((placement) => {
            const mark = marks.get(placement.incident.properties.actors.initiator.party);
            if (mark === undefined) return null;
            return (
              <TimelineMark
                key={placement.incident.id}
                placement={placement}
                mark={mark}
                selected={placement.incident.id === selectedIncidentId}
                hidden={hiddenIncidentIds.has(placement.incident.id)}
                inStep={stepIncidentIds.has(placement.incident.id)}
              />
            );
          })}
        </ol>
      </div>
    </section>
  );
});
