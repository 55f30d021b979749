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

/** `make`'s value, made the first time it is asked for and kept. */
function madeOnFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/**
 * Playing the timeline: the incidents of the span appear one instant at a time, every PLAY_STEP_MS, and playing ends
 * at the last one with everything shown. Nothing here animates, so it needs no reduced-motion variant: each step is
 * a jump.
 */
export function useTimelinePlayback(incidents: readonly Incident[], span: DateSpan): TimelinePlayback {
  // Worked out when Play is first pressed, not with the story's first render: most readers never press it, and for
  // 100,000 incidents the stops take 40 ms.
  const stopsOf = useMemo(() => madeOnFirstUse(() => playStops(incidents, span)), [incidents, span]);
  const [status, setStatus] = useState<PlaybackStatus>('stopped');
  const [playHeadUtcMs, setPlayHead] = useState<number | null>(null);

  const stop = useCallback(() => {
    setStatus('stopped');
    setPlayHead(null);
  }, []);

  const play = useCallback(() => {
    const stops = stopsOf();
    if (stops.length === 0) return;
    setStatus('playing');
    setPlayHead((head) => head ?? stops[0] ?? null);
  }, [stopsOf]);

  const pause = useCallback(() => setStatus('paused'), []);

  useEffect(
    function advancePlayHead() {
      if (status !== 'playing' || playHeadUtcMs === null) return undefined;
      const timer = window.setTimeout(() => {
        const next = nextPlayStop(stopsOf(), playHeadUtcMs);
        if (next === null) stop();
        else setPlayHead(next);
      }, PLAY_STEP_MS);
      return () => window.clearTimeout(timer);
    },
    [status, playHeadUtcMs, stopsOf, stop],
  );

  return { status, playHeadUtcMs, play, pause, stop };
}
