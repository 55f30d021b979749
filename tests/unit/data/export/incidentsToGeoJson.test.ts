import { describe, expect, it } from 'vitest';
import { incidentsToGeoJson } from '../../../../src/data/export/incidentsToGeoJson.ts';
import { IncidentCollectionSchema } from '../../../../src/model/incident.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('incidentsToGeoJson', () => {
  it('writes the incidents as a FeatureCollection that parses and validates', () => {
    const { incidents } = fixtureStory();
    const parsed: unknown = JSON.parse(incidentsToGeoJson(incidents));
    expect(IncidentCollectionSchema.parse(parsed)).toEqual(incidents);
  });

  it('is RFC 7946 and nothing more: no crs, no name, no foreign members', () => {
    const parsed = JSON.parse(incidentsToGeoJson(fixtureStory().incidents)) as {
      features: Record<string, unknown>[];
    } & Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(['features', 'type']);
    for (const feature of parsed.features)
      expect(Object.keys(feature).sort()).toEqual(['geometry', 'id', 'properties', 'type']);
  });

  it('keeps a statement without a place as a feature with a null geometry', () => {
    const parsed = JSON.parse(incidentsToGeoJson(fixtureStory().incidents)) as {
      features: { id: string; geometry: unknown }[];
    };
    expect(parsed.features.find((feature) => feature.id === 'statement-un')?.geometry).toBeNull();
  });

  it('is pretty-printed and ends with a newline, for people who open it to read', () => {
    const text = incidentsToGeoJson(fixtureStory().incidents);
    expect(text.startsWith('{\n  "type": "FeatureCollection"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
