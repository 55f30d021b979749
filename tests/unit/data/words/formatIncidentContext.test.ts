import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { formatIncidentContext, NEAR_BORDER_KM } from '../../../../src/data/words/formatIncidentContext.ts';
import type { IncidentProperties, MapPoint } from '../../../../src/model/incident.ts';

const border = 'Iran–Pakistan border';

type ContextAndPlace = Pick<IncidentProperties, 'context' | 'place'>;

function incident(
  distanceToBorderKm: number | null,
  point: MapPoint | undefined,
  country = 'Pakistan',
): ContextAndPlace {
  return {
    context: { country, province: 'Balochistan', distanceToBorderKm, borderName: border },
    place: {
      name: 'A place',
      variants: [],
      description: 'A place.',
      geoPrecision: point?.role === 'nearby-place' ? 2 : 1,
      uncertaintyRadiusKm: point?.role === 'nearby-place' ? 90 : null,
      coordinateSourceId: null,
      ...(point === undefined ? {} : { point }),
    },
  };
}

const SITE: MapPoint = { role: 'site', on: 'the house that was hit', eventWas: null };
const TOWN: MapPoint = { role: 'nearby-place', on: 'Panjgur town', eventWas: 'the strike was in a village nearby' };

describe('formatIncidentContext', () => {
  it('gives the distance of the event itself where the point is its site', () => {
    expect(formatIncidentContext(incident(17, SITE), englishI18n)).toBe(
      'In Balochistan, Pakistan · About 17 km from the Iran–Pakistan border',
    );
  });

  it('says what the distance was measured from where the point stands in for the site', () => {
    expect(formatIncidentContext(incident(79, TOWN), englishI18n)).toBe(
      'In Balochistan, Pakistan · Panjgur town is about 79 km from the Iran–Pakistan border',
    );
  });

  it('says "the marker" when the story does not say what the point stands for', () => {
    expect(formatIncidentContext(incident(42, undefined), englishI18n)).toBe(
      'In Balochistan, Pakistan · The marker is about 42 km from the Iran–Pakistan border',
    );
  });

  it('leaves out a distance too great to say anything about the event', () => {
    expect(formatIncidentContext(incident(1711.5, SITE, 'Iraq'), englishI18n)).toBe('In Balochistan, Iraq');
    expect(formatIncidentContext(incident(NEAR_BORDER_KM, SITE), englishI18n)).toContain('300 km');
    expect(formatIncidentContext(incident(NEAR_BORDER_KM + 1, SITE), englishI18n)).not.toContain('km');
  });

  it('says "on the border" for a site less than a kilometre from it', () => {
    expect(formatIncidentContext(incident(0.4, SITE), englishI18n)).toBe(
      'In Balochistan, Pakistan · On the Iran–Pakistan border',
    );
  });

  it('is null when nothing was computed', () => {
    const nothing = incident(null, SITE);
    nothing.context = { country: null, province: null, distanceToBorderKm: null, borderName: border };
    expect(formatIncidentContext(nothing, englishI18n)).toBeNull();
  });
});
