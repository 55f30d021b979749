import { englishI18n } from '../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { formatHeadCount } from '../../src/data/words/formatHeadCount.ts';
import { incidentsToCsv } from '../../src/data/export/incidentsToCsv.ts';
import { incidentsToGeoJson } from '../../src/data/export/incidentsToGeoJson.ts';
import { IncidentCollectionSchema } from '../../src/model/incident.ts';
import { StorySchema, type Story } from '../../src/model/story.ts';
import { parseCsv } from '../fixtures/parseCsv.ts';
import { readGenerated } from './readGenerated.ts';

const story: Story = StorySchema.parse(readGenerated('iran-pakistan-2024', 'story.json'));
const incidents = story.incidents.features;

function csvRows(): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(incidentsToCsv(story).slice(1));
  return records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])));
}

describe('the downloads of the built story', () => {
  it('give one CSV row per incident, in the story order', () => {
    expect(csvRows().map((row) => row.event_id)).toEqual(incidents.map((incident) => incident.id));
  });

  it('name the claimant of every casualty figure, with the figure, in the CSV', () => {
    const rows = new Map(csvRows().map((row) => [row.event_id, row]));
    for (const incident of incidents) {
      const row = rows.get(incident.id);
      for (const { claimedBy, killed, injured } of incident.properties.casualties) {
        const fatalities = row?.fatalities_claims?.split('; ') ?? [];
        const injuries = row?.injuries_claims?.split('; ') ?? [];
        if (killed !== null) {
          const entry = fatalities.find((claim) =>
            claim.startsWith(`${claimedBy}: ${formatHeadCount(killed, englishI18n)}`),
          );
          expect(entry, incident.id).toMatch(/^[^;]+: [^;]+?( \(later revised\))?$/);
        }
        if (injured !== null)
          expect(injuries, incident.id).toContain(`${claimedBy}: ${formatHeadCount(injured, englishI18n)}`);
        if (killed === null && injured === null)
          expect(fatalities, incident.id).toContain(`${claimedBy}: no number given`);
      }
    }
  });

  it('give the Saravan death toll as the counts that stand: a toll its officials revised is not a dispute', () => {
    const saravan = csvRows().find((row) => row.event_id === 'strike-saravan-2024-01-18');
    expect(saravan).toMatchObject({ fatalities_min: '10', fatalities_max: '10' });
    const claims = saravan?.fatalities_claims?.split('; ') ?? [];
    expect(claims.filter((claim) => claim.endsWith('(later revised)')).map((claim) => claim.split(': ')[1])).toEqual([
      '7 (later revised)',
      '9 (later revised)',
      '9 (later revised)',
    ]);
    expect(saravan?.fatalities_claims).toContain("Pakistan's Foreign Office: no number given");
  });

  it('give the Panjgur injured as the range rival claimants give', () => {
    const panjgur = csvRows().find((row) => row.event_id === 'strike-panjgur-2024-01-16');
    expect(panjgur?.injuries_claims).toContain('Makran division commissioner Saeed Ahmed Umrani: 4');
    expect(panjgur?.injuries_claims).not.toContain('revised');
  });

  it('say what each computed distance was measured from', () => {
    const rows = new Map(csvRows().map((row) => [row.event_id, row]));
    expect(rows.get('strike-panjgur-2024-01-16')?.distance_measured_from).toBe('Panjgur town');
    expect(rows.get('strike-erbil-2024-01-15')?.distance_measured_from).toBe('the site');
    expect(rows.get('strike-panjgur-2024-01-16')?.point_stands_for).toMatch(/^Marker on Panjgur town; the strike was/);
  });

  it('keep every number of the data as it is, with coordinates in their own columns', () => {
    const rows = csvRows();
    incidents.forEach((incident, index) => {
      const row = rows[index];
      const [longitude, latitude] = incident.geometry?.coordinates ?? [];
      expect(row?.longitude, incident.id).toBe(longitude === undefined ? '' : String(longitude));
      expect(row?.latitude, incident.id).toBe(latitude === undefined ? '' : String(latitude));
    });
  });

  it('give the incidents as GeoJSON that validates and equals the built incidents file', () => {
    const geoJson = incidentsToGeoJson(story.incidents);
    expect(IncidentCollectionSchema.parse(JSON.parse(geoJson))).toEqual(story.incidents);
    expect(JSON.parse(geoJson)).toEqual(readGenerated('iran-pakistan-2024', 'incidents.geojson'));
  });
});
