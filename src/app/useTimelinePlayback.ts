import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Incident } from '../model/incident.ts';
import type { PlaybackStatus } from '../state/playStops.ts';
import { nextPlayStop, playStops } from '../state/playStops.ts';
import type { DateSpan } from '../state/viewState.ts';

/** Long enough to say a sentence about each incident as it appears. */
export const PLAY_STEP_MS = 1500;

export interface TimelinePlayback {
  status: PlaybackStatus;
  /** The last instant revealed (UTC ms): later incidents are hidden. Null when not playing. */
  playHeadUtcMs: number | null;
  play: () => void;
  pause: () => void;
  stop: () => void;
}

/**
 * Playing the timeline: the incidents of the span appear one instant at a time, every PLAY_STEP_MS, and playing ends
 * at the last one with everything shown. Nothing here animates, so it needs no reduced-motion variant: each step is
 * a jump.
 */
export function useTimelinePlayback(incidents: readonly Incident[], span: DateSpan): TimelinePlayback {
  const stops = useMemo(() => playStops(incidents, span), [incidents, span]);
  const [status, setStatus] = useState<PlaybackStatus>('stopped');
  const [playHeadUtcMs, setPlayHead] = useState<number | null>(null);

  const stop = useCallback(() => {
    setStatus('stopped');
    setPlayHead(null);
  }, []);

  const play = useCallback(() => {
    if (stops.length === 0) return;
    setStatus('playing');
    setPlayHead((head) => head ?? stops[0] ?? null);
  }, [stops]);

  const pause = useCallback(() => setStatus('paused'), []);

  useEffect(
    function advancePlayHead() {
      if (status !== 'playing' || playHeadUtcMs === null) return undefined;
      const timer = window.setTimeout(() => {
        const next = nextPlayStop(stops, playHeadUtcMs);
        if (next === null) stop();
        else setPlayHead(next);
      }, PLAY_STEP_MS);
      return () => window.clearTimeout(timer);
    },
    [status, playHeadUtcMs, stops, stop],
  );

  return { status, playHeadUtcMs, play, pause, stop };
}
