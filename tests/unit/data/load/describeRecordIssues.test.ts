import { describe, expect, it } from 'vitest';
import { describeRecordIssues } from '../../../../src/data/load/describeRecordIssues.ts';
import { formatProblem } from '../../../../src/model/describeIssues.ts';
import { IncidentCollectionSchema } from '../../../../src/model/incident.ts';
import { StorySchema, type Story } from '../../../../src/model/story.ts';
import { readFixture } from '../../../fixtures/readFixture.ts';

function firstIncident(story: Story): Story['incidents']['features'][number] {
  const incident = story.incidents.features[0];
  if (incident === undefined) throw new Error('the fixture has an incident');
  return incident;
}

describe('describeRecordIssues', () => {
  it('names the file, the record and the field of what is wrong', () => {
    const incident = firstIncident(readFixture<Story>('minimal-story.json'));
    if (incident.properties.when === null) throw new Error('the fixture incident has a date');
    incident.properties.when.date = '15 January';
    const data = { type: 'FeatureCollection', features: [incident] };
    const result = IncidentCollectionSchema.safeParse(data);
    expect(describeRecordIssues('incidents.geojson', result.error?.issues ?? [], data).map(formatProblem)).toEqual([
      'incidents.geojson › features[0] (id "shelling") › properties.when.date: expected YYYY-MM-DD',
    ]);
  });

  it('names nested records by their ids', () => {
    const story = readFixture<Story>('minimal-story.json');
    const claim = firstIncident(story).properties.claims[1];
    if (claim === undefined) throw new Error('the fixture has a second claim');
    claim.by = '';
    const result = StorySchema.safeParse(story);
    const [problem] = describeRecordIssues('story.json', result.error?.issues ?? [], story);
    expect(problem?.path).toBe(
      'incidents.features[0] (id "shelling") › properties.claims[1] (id "gazetteer-says") › by',
    );
  });

  it('names a feature without an id by its name', () => {
    const provinces = { features: [{ type: 'Feature', properties: { name: 'Balochistan' }, geometry: null }] };
    const [problem] = describeRecordIssues(
      'provinces.geojson',
      [{ code: 'custom', path: ['features', 0, 'geometry'], message: 'required', input: null }],
      provinces,
    );
    expect(problem?.path).toBe('features[0] (name "Balochistan") › geometry');
  });

  it('says "(top level)" when the whole document is wrong', () => {
    const result = StorySchema.safeParse([]);
    expect(describeRecordIssues('story.json', result.error?.issues ?? [], [])[0]?.path).toBe('(top level)');
  });
});
