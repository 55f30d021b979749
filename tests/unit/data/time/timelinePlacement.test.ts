import { describe, expect, it } from 'vitest';
import { placeOnTimeline, storyDays } from '../../../../src/data/time/timelinePlacement.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

const incidents = fixtureStory().incidents.features;

describe('storyDays', () => {
  it('runs from the first dated incident to the last, days without incidents included', () => {
    expect(storyDays(incidents)).toEqual(['2024-01-16', '2024-01-17', '2024-01-18']);
  });

  it('is empty for a story with nothing dated', () => {
    expect(storyDays([])).toEqual([]);
  });
});

describe('placeOnTimeline', () => {
  const days = storyDays(incidents);
  const placements = placeOnTimeline(incidents, days);
  const byId = new Map(placements.map((placement) => [placement.incident.id, placement]));

  it('places each incident at its local date and time along the days', () => {
    // 17:30 on the first of three days.
    expect(byId.get('strike-panjgur')?.fraction).toBeCloseTo(17.5 / 24 / 3, 6);
    // 04:30 on the third.
    expect(byId.get('strike-saravan')?.fraction).toBeCloseTo((2 + 4.5 / 24) / 3, 6);
  });

  it('places a day-only incident at local noon and marks its time as unknown', () => {
    const un = byId.get('statement-un');
    expect(un?.fraction).toBeCloseTo((2 + 0.5) / 3, 6);
    expect(un?.timeKnown).toBe(false);
    expect(byId.get('strike-panjgur')?.timeKnown).toBe(true);
  });

  it('lists the incidents in the order they happened, by absolute time', () => {
    expect(placements.map((placement) => placement.incident.id)).toEqual([
      'strike-panjgur',
      'strike-saravan',
      'statement-un',
    ]);
  });

  it('stacks incidents too close to share a row', () => {
    const [first] = incidents;
    if (first === undefined) throw new Error('the fixture has incidents');
    const twin = structuredClone(first);
    twin.id = 'strike-twin';
    twin.properties.id = twin.id;
    const lanes = placeOnTimeline([first, twin], storyDays([first])).map((placement) => placement.lane);
    expect(lanes.sort()).toEqual([0, 1]);
    expect(byId.get('strike-saravan')?.lane).toBe(0);
  });

  it('keeps the marks of one row at least the given gap apart', () => {
    // Panjgur at 0.24 of the timeline, Saravan at 0.73, the UN at 0.83.
    const lanes = (minGap: number) => placeOnTimeline(incidents, days, { minGap }).map((placement) => placement.lane);
    expect(lanes(0.4)).toEqual([0, 0, 1]);
    expect(lanes(0.5)).toEqual([0, 1, 0]);
  });
});
