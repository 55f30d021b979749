import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/model/incident.ts';
import { hiddenIncidentIds, isInDateSpan } from '../../../src/state/incidentVisibility.ts';
import { nextPlayStop, playStops } from '../../../src/state/playStops.ts';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';

function withReference(): Incident[] {
  const { features } = fixtureStory().incidents;
  const [first] = features;
  if (first === undefined) throw new Error('the fixture has incidents');
  const quetta = structuredClone(first);
  quetta.id = 'reference-quetta';
  quetta.properties = { ...quetta.properties, id: quetta.id, kind: 'reference', when: null };
  return [...features, quetta];
}

const incidents = withReference();
const ALL = { from: null, to: null };

describe('isInDateSpan', () => {
  it('includes both ends, and an open end reaches as far as it likes', () => {
    expect(isInDateSpan('2024-01-16', { from: '2024-01-16', to: '2024-01-16' })).toBe(true);
    expect(isInDateSpan('2024-01-15', { from: '2024-01-16', to: null })).toBe(false);
    expect(isInDateSpan('2099-12-31', { from: '2024-01-16', to: null })).toBe(true);
  });
});

describe('hiddenIncidentIds', () => {
  it('hides nothing with every date shown and nothing playing', () => {
    expect(hiddenIncidentIds(incidents, ALL, null).size).toBe(0);
  });

  it('hides what is dated outside the span, never a reference place', () => {
    expect([...hiddenIncidentIds(incidents, { from: '2024-01-17', to: null }, null)]).toEqual(['strike-panjgur']);
    expect([...hiddenIncidentIds(incidents, { from: null, to: '2024-01-16' }, null)].sort()).toEqual([
      'statement-un',
      'strike-saravan',
    ]);
  });

  it('hides what comes after the play head', () => {
    const [first] = playStops(incidents, ALL);
    expect([...hiddenIncidentIds(incidents, ALL, first ?? 0)].sort()).toEqual(['statement-un', 'strike-saravan']);
  });
});

describe('playStops and nextPlayStop', () => {
  it('stop once at each instant in the span, earliest first, and end after the last', () => {
    const stops = playStops(incidents, ALL);
    expect(stops).toEqual([Date.UTC(2024, 0, 16, 12, 30), Date.UTC(2024, 0, 18, 1, 0), Date.UTC(2024, 0, 18, 17, 0)]);
    expect(nextPlayStop(stops, stops[0] ?? 0)).toBe(stops[1]);
    expect(nextPlayStop(stops, stops[2] ?? 0)).toBeNull();
    expect(playStops(incidents, { from: '2024-01-17', to: null })).toHaveLength(2);
  });
});
