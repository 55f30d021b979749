import { describe, expect, it } from 'vitest';
import { formatIncidentContext } from '../../src/data/formatIncidentContext.ts';

const border = 'Iran–Pakistan border';

describe('formatIncidentContext', () => {
  it('names the province and country, and the distance to the border', () => {
    expect(
      formatIncidentContext({
        country: 'Pakistan',
        province: 'Balochistan',
        distanceToBorderKm: 79,
        borderName: border,
      }),
    ).toBe('In Balochistan, Pakistan · about 79 km from the Iran–Pakistan border');
  });

  it('rounds distances to whole kilometres, with thousands separated', () => {
    expect(
      formatIncidentContext({ country: 'Iraq', province: null, distanceToBorderKm: 1711.5, borderName: border }),
    ).toBe('In Iraq · about 1,712 km from the Iran–Pakistan border');
  });

  it('says "on the border" for a place less than a kilometre from it', () => {
    expect(formatIncidentContext({ country: null, province: null, distanceToBorderKm: 0.4, borderName: border })).toBe(
      'on the Iran–Pakistan border',
    );
  });

  it('is null when nothing was computed', () => {
    expect(
      formatIncidentContext({ country: null, province: null, distanceToBorderKm: null, borderName: border }),
    ).toBeNull();
  });
});
