import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { incidentsToCsv } from '../../../../src/data/export/incidentsToCsv.ts';
import { incidentsToKml } from '../../../../src/data/formats/incidentsToKml.ts';
import type { XmlDocumentParser } from '../../../../src/data/formats/readKmlOrGpx.ts';
import { readStoryText } from '../../../../src/data/load/readStoryText.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

// A story's downloads (KML for Google Earth, CSV for a spreadsheet) open again in Citemap: every incident comes back,
// in its place or listed as not on the map, and none claims more precision than the download carries.

const xmlParser = new DOMParser({ onError: () => undefined }) as unknown as XmlDocumentParser;

describe('a story’s downloads, opened again', () => {
  it('opens the KML download with every incident: its title, kind, date and place', async () => {
    const { incidents } = fixtureStory();
    const result = await readStoryText('story.kml', incidentsToKml(incidents), { xmlParser, i18n: englishChecksI18n });
    if (result.status === 'failed') throw new Error(JSON.stringify(result.problems));
    const reopened = result.story.incidents.features;
    // Those with a place come first, then those listed as not on the map, each in the story's order.
    const expected = [
      ...incidents.features.filter((incident) => incident.geometry !== null),
      ...incidents.features.filter((incident) => incident.geometry === null),
    ];
    expect(reopened.map((incident) => incident.properties.title)).toEqual(
      expected.map((incident) => incident.properties.title),
    );
    expect(reopened.map((incident) => incident.geometry)).toEqual(expected.map((incident) => incident.geometry));
    expect(reopened.map((incident) => [incident.properties.kind, incident.properties.when?.date ?? null])).toEqual(
      expected.map((incident) => [incident.properties.kind, incident.properties.when?.date ?? null]),
    );
    // The KML carries the story's precision as data, not as a dataset's code: the points are of unknown precision.
    for (const incident of reopened.filter((feature) => feature.geometry !== null)) {
      expect(incident.properties.place.geoPrecision).toBe('unknown');
    }
  });

  it('opens the CSV download with every incident, none made more precise than the file says', async () => {
    const { incidents } = fixtureStory();
    const result = await readStoryText('story.csv', incidentsToCsv(fixtureStory()), { i18n: englishChecksI18n });
    if (result.status === 'failed') throw new Error(JSON.stringify(result.problems));
    const reopened = result.story.incidents.features;
    expect(reopened).toHaveLength(incidents.features.length);
    expect(reopened.filter((incident) => incident.geometry === null)).toHaveLength(
      incidents.features.filter((incident) => incident.geometry === null).length,
    );
    expect(new Set(reopened.map((incident) => incident.properties.place.geoPrecision))).toEqual(
      new Set(incidents.features.some((incident) => incident.geometry === null) ? ['unknown', null] : ['unknown']),
    );
  });
});
