import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { incidentsToKml } from '../../../../src/data/formats/incidentsToKml.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

function readBack(text: string) {
  return kml(new DOMParser().parseFromString(text, 'text/xml'));
}

describe('incidentsToKml', () => {
  it('writes one placemark per incident, named by its title and described by its summary', () => {
    const { incidents } = fixtureStory();
    const back = readBack(incidentsToKml(incidents));
    expect(back.features.map((feature) => feature.properties?.name as unknown)).toEqual(
      incidents.features.map((incident) => incident.properties.title),
    );
    expect(back.features.map((feature) => feature.properties?.description as unknown)).toEqual(
      incidents.features.map((incident) => incident.properties.summary),
    );
    expect(back.features.map((feature) => feature.geometry)).toEqual(
      incidents.features.map((incident) => incident.geometry),
    );
  });

  it('carries the date, place and precision as data Google Earth shows', () => {
    const { incidents } = fixtureStory();
    const [first] = readBack(incidentsToKml(incidents)).features;
    const incident = incidents.features[0];
    expect(first?.properties).toMatchObject({
      kind: incident?.properties.kind,
      place: incident?.properties.place.name,
      date: incident?.properties.when?.date ?? '',
    });
  });

  it('writes a summary with markup in it as text, never as markup', () => {
    const story = fixtureStory();
    const incident = story.incidents.features[0];
    if (incident === undefined) throw new Error('the fixture has incidents');
    incident.properties.summary = 'Shells & <b>rockets</b> "at dawn"';
    const text = incidentsToKml(story.incidents);
    expect(text).not.toContain('<b>');
    expect(readBack(text).features[0]?.properties?.description).toBe('Shells & <b>rockets</b> "at dawn"');
  });
});
