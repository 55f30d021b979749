import { describe, expect, it } from 'vitest';
import { incidentsToCsv } from '../../../../src/data/export/incidentsToCsv.ts';
import type { Story } from '../../../../src/model/story.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { parseCsv } from '../../../fixtures/parseCsv.ts';

const BOM = '\uFEFF';

/** The CSV as a spreadsheet sees it: the header, then one object per row keyed by column name. */
function readRows(csv: string): { header: string[]; rows: Record<string, string>[] } {
  expect(csv.startsWith(BOM)).toBe(true);
  const [header = [], ...records] = parseCsv(csv.slice(BOM.length));
  for (const record of records) expect(record).toHaveLength(header.length);
  const rows = records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])));
  return { header, rows };
}

function incidentOf(story: Story, id: string) {
  const incident = story.incidents.features.find((candidate) => candidate.id === id);
  if (incident === undefined) throw new Error(`the fixture has no incident ${id}`);
  return incident;
}

describe('incidentsToCsv', () => {
  it('writes a header and one row per incident, with ACLED-like columns', () => {
    const story = fixtureStory();
    const { header, rows } = readRows(incidentsToCsv(story));
    expect(header).toEqual([
      'event_id',
      'event_date',
      'time_local',
      'utc_offset',
      'time_precision',
      'event_type',
      'actor1',
      'actor1_party',
      'target',
      'country',
      'admin1',
      'location',
      'latitude',
      'longitude',
      'geo_precision',
      'uncertainty_radius_km',
      'point_stands_for',
      'distance_to_border_km',
      'distance_measured_from',
      'fatalities_claims',
      'fatalities_min',
      'fatalities_max',
      'injuries_claims',
      'sources',
      'notes',
    ]);
    expect(rows.map((row) => row.event_id)).toEqual(story.incidents.features.map((incident) => incident.id));
  });

  it('ends every record with CRLF, and has no bare line feed outside quotes', () => {
    const csv = incidentsToCsv(fixtureStory());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every casualty figure beside who claimed it, and gives the range rather than one number', () => {
    const { rows } = readRows(incidentsToCsv(fixtureStory()));
    const saravan = rows.find((row) => row.event_id === 'strike-saravan');
    expect(saravan).toMatchObject({
      fatalities_claims:
        'Deputy governor, first statement: 7; Interior minister: 9; Deputy governor, via Xinhua: 10; ' +
        "Pakistan's Foreign Office: no number given",
      fatalities_min: '7',
      fatalities_max: '10',
      injuries_claims: '',
    });
    const panjgur = rows.find((row) => row.event_id === 'strike-panjgur');
    expect(panjgur).toMatchObject({
      fatalities_claims: "Islamabad: 2; Pakistan's Foreign Office: 2; Makran commissioner: 2",
      injuries_claims: "Pakistan's Foreign Office: 3; Makran commissioner: 4",
    });
  });

  it('writes a claimant’s range as "7–9" beside its claimant, and counts its ends in the minimum and maximum', () => {
    const story = fixtureStory();
    const figure = incidentOf(story, 'strike-panjgur').properties.casualties[0];
    if (figure?.killed == null) throw new Error('the fixture has a death toll');
    figure.killed = { value: 1, atLeast: false, upTo: 5 };
    const row = readRows(incidentsToCsv(story)).rows.find((candidate) => candidate.event_id === 'strike-panjgur');
    expect(row).toMatchObject({
      fatalities_claims: "Islamabad: 1–5; Pakistan's Foreign Office: 2; Makran commissioner: 2",
      fatalities_min: '1',
      fatalities_max: '5',
    });
    expect(row?.notes).not.toMatch(/not an upper bound/);
  });

  it('says when the highest figure is only "at least"', () => {
    const story = fixtureStory();
    const figure = incidentOf(story, 'strike-panjgur').properties.casualties[0];
    if (figure?.killed == null) throw new Error('the fixture has a death toll');
    figure.killed = { value: 3, atLeast: true };
    const [row] = readRows(incidentsToCsv(story)).rows;
    expect(row?.fatalities_claims).toMatch(/^Islamabad: at least 3;/);
    expect(row?.fatalities_max).toBe('3');
    expect(row?.notes).toBe(
      'fatalities_max is the highest figure claimed, not an upper bound (at least 3: Islamabad). | ' +
        'Sources differ on the injured: three or four.',
    );
  });

  it('writes time, place and context, and leaves cells empty where the data has nothing', () => {
    const { rows } = readRows(incidentsToCsv(fixtureStory()));
    const [panjgur, , statement] = rows;
    expect(panjgur).toMatchObject({
      event_date: '2024-01-16',
      utc_offset: 'UTC+05:00',
      event_type: 'strike',
      country: 'Pakistan',
      admin1: 'Balochistan',
      latitude: '26.97',
      longitude: '64.1',
      geo_precision: '2',
      distance_to_border_km: '79',
    });
    expect(statement).toMatchObject({
      latitude: '',
      longitude: '',
      geo_precision: '',
      distance_to_border_km: '',
      country: '',
      fatalities_claims: '',
      fatalities_min: '',
    });
  });

  it('lists the article and the outside sources, the article only where the incident cites it', () => {
    const story = fixtureStory();
    const { rows } = readRows(incidentsToCsv(story));
    expect(rows[0]?.sources).toBe(
      `${story.article.url} | https://www.arabnews.pk/node/2443056 | https://en.wikipedia.org/wiki/Panjgur`,
    );
    const saravan = incidentOf(story, 'strike-saravan');
    const citesArticle = [...saravan.properties.claims, ...saravan.properties.casualties].some(
      (record) => record.citation.type === 'article',
    );
    expect(rows[1]?.sources?.startsWith(story.article.url ?? '(no url)')).toBe(citesArticle);
  });

  it('round-trips commas, quotes and line breaks through RFC 4180 quoting', () => {
    const story = fixtureStory();
    const tricky = 'A "so-called" base,\r\nor a house;\nnobody agrees';
    incidentOf(story, 'strike-panjgur').properties.actors.target = tricky;
    incidentOf(story, 'strike-panjgur').properties.notes = ['first, with a comma', 'second "quoted"'];
    const csv = incidentsToCsv(story);
    expect(csv).toContain('"A ""so-called"" base,\r\nor a house;\nnobody agrees"');
    const [row] = readRows(csv).rows;
    expect(row?.target).toBe(tricky);
    expect(row?.notes).toBe('first, with a comma | second "quoted"');
  });

  it('defuses text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const story = fixtureStory();
    const incident = incidentOf(story, 'strike-panjgur');
    incident.properties.actors.initiator.name = '=HYPERLINK("http://evil.example","click")';
    incident.properties.actors.initiator.party = '+1';
    incident.properties.actors.target = '-2+3';
    incident.properties.place.name = '@SUM(A1)';
    incident.properties.notes = ['\tTabbed'];
    incident.geometry = { type: 'Point', coordinates: [-64.1, -26.97] };
    const [row] = readRows(incidentsToCsv(story)).rows;
    expect(row).toMatchObject({
      actor1: `'=HYPERLINK("http://evil.example","click")`,
      actor1_party: "'+1",
      target: "'-2+3",
      location: "'@SUM(A1)",
      notes: "'\tTabbed",
      latitude: '-26.97',
      longitude: '-64.1',
    });
  });

  it('starts with a UTF-8 byte-order mark and keeps non-ASCII text as it is', () => {
    const story = fixtureStory();
    incidentOf(story, 'statement-un').properties.actors.initiator.name = 'António Guterres – UN';
    const csv = incidentsToCsv(story);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(readRows(csv).rows[2]?.actor1).toBe('António Guterres – UN');
  });
});
