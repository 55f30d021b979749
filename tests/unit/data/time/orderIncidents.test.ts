import { describe, expect, it } from 'vitest';
import { orderIncidents } from '../../../../src/data/time/orderIncidents.ts';
import type { Incident, IncidentTime } from '../../../../src/model/incident.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

function incident(id: string, when: Partial<IncidentTime> | null): Incident {
  const template = fixtureStory().incidents.features[0];
  if (template === undefined) throw new Error('the fixture has no incident');
  const copy = structuredClone(template);
  copy.id = id;
  copy.properties.id = id;
  copy.properties.when =
    when === null
      ? null
      : { date: '2024-01-16', time: null, utcOffset: '+00:00', zone: 'UTC', precision: 'day', note: null, ...when };
  return copy;
}

const ids = (incidents: readonly Incident[]) => incidents.map((each) => each.id);

describe('orderIncidents', () => {
  it('puts what happened in date order and reference places last, in their own group', () => {
    const { dated, references } = orderIncidents([
      incident('tehran', null),
      incident('later', { date: '2024-01-18' }),
      incident('earlier', { date: '2024-01-15' }),
      incident('quetta', null),
    ]);
    expect(ids(dated)).toEqual(['earlier', 'later']);
    expect(ids(references)).toEqual(['tehran', 'quetta']);
  });

  it('orders known times within a day in absolute time, whatever their zones', () => {
    const { dated } = orderIncidents([
      // 23:40 in Syria (UTC+3) is 20:40 UTC; 23:30 in Pakistan (UTC+5) is 18:30 UTC, so Pakistan's comes first.
      incident('syria', { time: '23:40', utcOffset: '+03:00', precision: 'exact' }),
      incident('pakistan', { time: '23:30', utcOffset: '+05:00', precision: 'exact' }),
    ]);
    expect(ids(dated)).toEqual(['pakistan', 'syria']);
  });

  it('puts what is known only to the day after the known times of that day, keeping the story order among equals', () => {
    const { dated } = orderIncidents([
      incident('day-only-a', {}),
      incident('timed', { time: '04:30', utcOffset: '+03:30', precision: 'approximate' }),
      incident('day-only-b', {}),
    ]);
    expect(ids(dated)).toEqual(['timed', 'day-only-a', 'day-only-b']);
  });
});
