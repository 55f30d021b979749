// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../../../src/panels/timeline/Timeline.tsx';
import type { PlaybackStatus } from '../../../../src/state/playStops.ts';
import type { DateSpan } from '../../../../src/state/viewState.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { spiedStoryActions } from '../../storyActions.tsx';

interface Options {
  dateSpan?: DateSpan;
  hidden?: string[];
  inStep?: string[];
  playback?: PlaybackStatus;
  selectedIncidentId?: string | null;
}

function renderTimeline(options: Options = {}) {
  const { actions, wrapper } = spiedStoryActions();
  const handlers = {
    onDateSpanChange: vi.fn(),
    onPlay: vi.fn(),
    onPause: vi.fn(),
    onStop: vi.fn(),
  };
  render(
    <Timeline
      incidents={fixtureStory().incidents}
      selectedIncidentId={options.selectedIncidentId ?? null}
      dateSpan={options.dateSpan ?? { from: null, to: null }}
      hiddenIncidentIds={new Set(options.hidden)}
      stepIncidentIds={new Set(options.inStep)}
      playback={options.playback ?? 'stopped'}
      {...handlers}
    />,
    { wrapper },
  );
  return { ...handlers, onSelect: actions.selectBesideMap };
}

function marks() {
  return within(screen.getByRole('list', { name: 'Incidents in the order they happened' })).getAllByRole('button');
}

describe('Timeline', () => {
  it('shows the story’s days and its dated incidents in the order they happened, with their local times', () => {
    renderTimeline();
    const from = screen.getByLabelText<HTMLSelectElement>('From');
    expect([...from.options].map((option) => option.text)).toEqual(['Tue 16 Jan', 'Wed 17 Jan', 'Thu 18 Jan']);
    // The days above the marks read the same, their month apart, for a narrow timeline to hide.
    const days = document.querySelectorAll('.timeline__day');
    expect([...days].map((day) => day.textContent)).toEqual(['Tue 16 Jan', 'Wed 17 Jan', 'Thu 18 Jan']);
    expect([...days].map((day) => day.querySelector('.timeline__day-month')?.textContent)).toEqual([
      ' Jan',
      ' Jan',
      ' Jan',
    ]);
    expect(from.value).toBe('2024-01-16');
    expect(screen.getByLabelText<HTMLSelectElement>('to').value).toBe('2024-01-18');
    expect(marks().map((mark) => mark.getAttribute('aria-label'))).toEqual([
      'Iranian strike in Panjgur district, Pakistan, Tue 16 Jan 2024, about 17:30 UTC+5 (Pakistan Standard Time)',
      'Pakistani strike in Saravan County, Iran, Thu 18 Jan 2024, about 04:30 UTC+3:30 (Iran Standard Time)',

      'UN Secretary-General calls for restraint, Thu 18 Jan 2024 (time of day not known)',
    ]);
    expect(marks()[2]?.classList.contains('timeline-mark--day-only')).toBe(true);
  });

  it('selects an incident from its mark', () => {
    const { onSelect } = renderTimeline();
    fireEvent.click(marks()[1] as HTMLElement);
    expect(onSelect).toHaveBeenCalledWith('strike-saravan');
  });

  it('narrows the span from the day lists, writing the story’s own ends as open', () => {
    const { onDateSpanChange } = renderTimeline();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-01-17' } });
    expect(onDateSpanChange).toHaveBeenLastCalledWith({ from: '2024-01-17', to: null });
  });

  it('moves the other end along when a choice would make the span run backwards', () => {
    const { onDateSpanChange } = renderTimeline({ dateSpan: { from: null, to: '2024-01-16' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-01-17' } });
    expect(onDateSpanChange).toHaveBeenLastCalledWith({ from: '2024-01-17', to: '2024-01-17' });
  });

  it('fades and disables hidden incidents and marks those of the presented step', () => {
    renderTimeline({ hidden: ['strike-panjgur'], inStep: ['strike-saravan'] });
    expect((marks()[0] as HTMLButtonElement).disabled).toBe(true);
    expect(marks()[1]?.classList.contains('timeline-mark--in-step')).toBe(true);
    expect(marks()[1]?.getAttribute('aria-label')).toMatch(/in this step$/);
  });

  it('offers Play when stopped', () => {
    const stopped = renderTimeline();
    fireEvent.click(screen.getByRole('button', { name: '▶ Play' }));
    expect(stopped.onPlay).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Show all' })).toBeNull();
  });

  it('offers Pause and Show all while playing', () => {
    const playing = renderTimeline({ playback: 'playing' });
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    expect(playing.onPause).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(playing.onStop).toHaveBeenCalled();
  });

  it('offers Resume when paused', () => {
    renderTimeline({ playback: 'paused' });
    expect(screen.getAllByRole('button', { name: /Resume/ })).toHaveLength(1);
  });
});
