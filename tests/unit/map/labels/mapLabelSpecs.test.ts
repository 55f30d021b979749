import { describe, expect, it } from 'vitest';
import { countryLabelSpecs, regionLabelSpecs } from '../../../../src/map/labels/mapLabelSpecs.ts';
import type { Region, RegionCollection } from '../../../../src/model/region.ts';
import { fixtureBasemap, fixtureStory } from '../../../fixtures/fixtureStory.ts';

/** The fixture's regions (which have no label points), with the label points given by region id. */
function regionsWithLabelPoints(labelPoints: Record<string, [number, number]>): RegionCollection {
  const { regions } = fixtureStory();
  const features = regions.features.map((region): Region => ({
    ...region,
    properties: { ...region.properties, labelPoint: labelPoints[region.id] },
  }));
  return { ...regions, features };
}

describe('regionLabelSpecs', () => {
  it('writes each province name at the label point the build stored, as Leaflet latitude, longitude', () => {
    const specs = regionLabelSpecs(regionsWithLabelPoints({ 'province-west': [59, 30], 'province-east': [66, 27] }));
    expect(specs.map(({ id, text, position }) => ({ id, text, position }))).toEqual([
      { id: 'province-west', text: 'Sistan and Baluchestan', position: [30, 59] },
      { id: 'province-east', text: 'Balochistan', position: [27, 66] },
    ]);
  });

  it('names provinces only, and always', () => {
    const specs = regionLabelSpecs(regionsWithLabelPoints({}));
    expect(specs.every((spec) => spec.variant === 'province' && spec.required && spec.extent === null)).toBe(true);
    expect(specs).toHaveLength(2);
  });

  it("falls back to the middle of a province's bounding box in a story made without label points", () => {
    // province-west spans 58–63 °E and 25–31 °N in the fixture.
    const specs = regionLabelSpecs(regionsWithLabelPoints({ 'province-east': [66, 27] }));
    expect(specs.map((spec) => spec.position)).toEqual([
      [28, 60.5],
      [27, 66],
    ]);
  });
});

describe('countryLabelSpecs', () => {
  it("labels each country at its label point, limited to the country's bbox, widest country first", () => {
    const specs = countryLabelSpecs(fixtureBasemap());
    expect(specs.map(({ id, position, extent, required }) => ({ id, position, extent, required }))).toEqual([
      { id: 'country-364', position: [33, 53], extent: [44, 25, 63, 40], required: false },
      { id: 'country-586', position: [30, 69], extent: [63, 24, 77, 37], required: false },
    ]);
  });
});
