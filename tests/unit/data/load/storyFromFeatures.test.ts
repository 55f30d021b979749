import { describe, expect, it } from 'vitest';
import { incidentsToCsv } from '../../../../src/data/export/incidentsToCsv.ts';
import { incidentsToGeoJson } from '../../../../src/data/export/incidentsToGeoJson.ts';
import type { StoryLoad } from '../../../../src/data/load/loadStory.ts';
import { readStoryText } from '../../../../src/data/load/readStoryText.ts';
import { titleFromFileName } from '../../../../src/data/load/storyFromFeatures.ts';
import type { Story } from '../../../../src/model/story.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

// storyFromFeatures is reached as a reader reaches it: a file's text through readStoryText, which reads the format
// (readFeatureFile) and then makes the story.

const SOURCE = 'https://data.example/field_notes.geojson';

type Properties = Record<string, unknown> | null;

function feature(geometry: unknown, properties: Properties = {}, id?: string | number) {
  return { type: 'Feature', ...(id === undefined ? {} : { id }), geometry, properties };
}

function point(coordinates: number[], properties: Properties = {}, id?: string | number) {
  return feature({ type: 'Point', coordinates }, properties, id);
}

function collection(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

const SQUARE = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

function loaded(result: StoryLoad): Extract<StoryLoad, { status: 'loaded' }> {
  if (result.status === 'failed') throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

async function open(data: unknown, fileName = SOURCE): Promise<Extract<StoryLoad, { status: 'loaded' }>> {
  return loaded(await readStoryText(fileName, JSON.stringify(data), { sourceUrl: SOURCE, i18n: englishChecksI18n }));
}

async function fromSource(data: unknown): Promise<Story> {
  return (await open(data)).story;
}

function messagesOf(result: StoryLoad): string[] {
  return result.status === 'loaded' ? (result.notices ?? []).map((notice) => notice.message) : [];
}

describe('storyFromFeatures: points', () => {
  it('makes each point a reference place of unknown precision, titled from its name, keeping the rest as text', async () => {
    const story = await fromSource(
      collection(point([63.25, 27.1], { name: 'Panjgur', population: 50_000, tags: ['a'] })),
    );
    const [incident] = story.incidents.features;
    expect(incident?.geometry).toEqual({ type: 'Point', coordinates: [63.25, 27.1] });
    expect(incident?.properties).toMatchObject({
      id: 'point-1',
      kind: 'reference',
      title: 'Panjgur',
      when: null,
      place: {
        name: 'Panjgur',
        geoPrecision: 'unknown',
        uncertaintyRadiusKm: null,
        description: `Where ${SOURCE} puts it; the file does not say how precise that is.`,
      },
      claims: [],
      casualties: [],
      sources: [],
      notes: [],
      // What Citemap did not use is kept, as text, under a heading of its own in the popup ("In the file").
      fileProperties: [
        ['population', '50000'],
        ['tags', '["a"]'],
      ],
    });
    // A plain file claims no role for its point: it is not said to be the site, nor a stand-in for it.
    expect(incident?.properties.place.point).toBeUndefined();
    // Nothing was computed for a file of points: the context is absent rather than filled with a sentinel.
    expect(incident?.properties.context).toBeUndefined();
  });

  it('does not take "approximate" or "exact" words in a plain file’s properties as a precision', async () => {
    const story = await fromSource(
      collection(
        point([1, 1], { precision: 'approximate locality centre' }),
        point([2, 2], { geo_precision: 1, accuracy: 'exact' }),
      ),
    );
    expect(story.incidents.features.map((incident) => incident.properties.place.geoPrecision)).toEqual([
      'unknown',
      'unknown',
    ]);
  });

  it('takes the title from name, then title, then label, else numbers the point as the file counts it', async () => {
    const story = await fromSource(
      collection(
        point([1, 1], { title: 'From title', label: 'unused' }),
        point([2, 2], { label: 'From label' }),
        point([3, 3], { name: '   ' }),
      ),
    );
    expect(story.incidents.features.map((incident) => incident.properties.title)).toEqual([
      'From title',
      'From label',
      'Point 3',
    ]);
    expect(story.incidents.features[0]?.properties.fileProperties).toEqual([['label', 'unused']]);
  });

  it('makes a strike or statement of a point whose kind or type says so and whose date it can read', async () => {
    const story = await fromSource(
      collection(
        point([1, 1], { kind: 'Strike', date: '2024-01-16T17:30+05:00' }),
        point([2, 2], { type: 'statement', date: '2024-01-19' }),
      ),
    );
    const [strike, statement] = story.incidents.features.map((incident) => incident.properties);
    expect(strike).toMatchObject({ kind: 'strike', when: { date: '2024-01-16', time: '17:30', zone: 'UTC+5' } });
    expect(strike?.notes).toEqual([]);
    expect(statement).toMatchObject({ kind: 'statement', when: { date: '2024-01-19', precision: 'day' } });
  });

  it('keeps an undated strike as a reference place, says why, and keeps the date it could not read', async () => {
    const story = await fromSource(collection(point([1, 1], { kind: 'strike', date: '16 January' })));
    const properties = story.incidents.features[0]?.properties;
    expect(properties?.kind).toBe('reference');
    expect(properties?.notes).toEqual([
      'The file calls this a strike, but gives no date Citemap can read (such as "date": "2024-01-16"), so it is ' +
        'shown as a reference place.',
    ]);
    expect(properties?.fileProperties).toEqual([['date', '16 January']]);
  });

  it('keeps a date as a note for a point of no kind, since a reference place has no date', async () => {
    const story = await fromSource(collection(point([1, 1], { date: '2024-01-16', kind: 'hospital' })));
    expect(story.incidents.features[0]?.properties).toMatchObject({
      kind: 'reference',
      when: null,
      notes: [],
      fileProperties: [
        ['date', '2024-01-16'],
        ['kind', 'hospital'],
      ],
    });
  });

  it('uses the file’s ids where they are valid and unique, numbers the rest, and keeps an id it did not use', async () => {
    const story = await fromSource(
      collection(
        point([1, 1], { id: 'camp-a' }),
        point([2, 2], {}, 7),
        point([3, 3], { id: 'camp-a' }),
        point([4, 4], { id: 'Camp B!' }),
        point([5, 5], {}, 'point-6'),
        point([6, 6]),
      ),
    );
    expect(story.incidents.features.map((incident) => incident.id)).toEqual([
      'camp-a',
      '7',
      'point-3',
      'point-4',
      'point-6',
      'point-6-2',
    ]);
    expect(story.incidents.features[0]?.properties.fileProperties).toEqual([]);
    expect(story.incidents.features[2]?.properties.fileProperties).toEqual([['id', 'camp-a']]);
    expect(story.incidents.features[3]?.properties.fileProperties).toEqual([['id', 'Camp B!']]);
  });

  it('gives two points at the same place a box around them', async () => {
    const story = await fromSource(collection(point([63.25, 27.1]), point([63.25, 27.1])));
    expect(story.incidents.features).toHaveLength(2);
    expect(story.defaultBounds).toEqual([63, 26.85, 63.5, 27.35]);
  });

  it('frames points either side of the antimeridian with the whole width of the world', async () => {
    const story = await fromSource(collection(point([179.9, -16.5]), point([-179.9, -16.5])));
    expect(story.defaultBounds).toEqual([-180, -16.75, 180, -16.25]);
  });

  it('drops an altitude from the position and keeps it with what the file says', async () => {
    const story = await fromSource(collection(point([10, 20, 1234.5])));
    expect(story.incidents.features[0]?.geometry?.coordinates).toEqual([10, 20]);
    expect(story.incidents.features[0]?.properties.fileProperties).toEqual([
      ['altitude (the third coordinate)', '1234.5'],
    ]);
  });

  it('keeps hostile text as text, and shortens a huge value', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const story = await fromSource(collection(point([1, 1], { name: hostile, [hostile]: 'x'.repeat(2000) })));
    const properties = story.incidents.features[0]?.properties;
    expect(properties?.title).toBe(hostile);
    expect(properties?.fileProperties?.[0]).toEqual([hostile, `${'x'.repeat(500)}… (1500 more characters)`]);
  });

  it('says a number too large to read is one, among what the file says and in a notice naming where it is', async () => {
    // JSON.stringify writes Infinity as null: the number is put in the text, where JSON.parse reads it as Infinity.
    const text = JSON.stringify(collection(point([1, 1], { count: 0 }))).replace('"count":0', '"count":1e309');
    const fromText = loaded(await readStoryText('big.geojson', text, { i18n: englishChecksI18n }));
    expect(fromText.story.incidents.features[0]?.properties.fileProperties).toEqual([
      ['count', 'a number too large to read'],
    ]);
    expect(fromText.notices).toContainEqual({
      origin: 'big.geojson',
      path: 'features[0].properties.count',
      message:
        'the number is too large to read (beyond about ±1.8e308, such as 1e309): shown as "too large", not as a value',
    });
  });

  it('names a number too large in GeoJSON lines by its line, as the reader finds it', async () => {
    const text = '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,1]},"properties":{"count":1e309}}\n';
    const result = loaded(await readStoryText('places.geojsonl', `\n${text}`, { i18n: englishChecksI18n }));
    expect(result.notices?.[0]).toEqual({
      origin: 'places.geojsonl',
      path: 'line 2.properties.count',
      message:
        'the number is too large to read (beyond about ±1.8e308, such as 1e309): shown as "too large", not as a value',
    });
  });
});

describe('storyFromFeatures: MultiPoint', () => {
  it('makes each part of a MultiPoint an incident, with ids <id>-1, <id>-2… and the part named', async () => {
    const result = await open(
      collection(
        feature(
          {
            type: 'MultiPoint',
            coordinates: [
              [10, 20],
              [11, 21, 300],
            ],
          },
          { name: 'Camps' },
          'camps',
        ),
      ),
    );
    const incidents = result.story.incidents.features;
    expect(incidents.map((incident) => incident.id)).toEqual(['camps-1', 'camps-2']);
    expect(incidents.map((incident) => incident.geometry?.coordinates)).toEqual([
      [10, 20],
      [11, 21],
    ]);
    expect(incidents.map((incident) => incident.properties.title)).toEqual([
      'Camps (part 1 of 2)',
      'Camps (part 2 of 2)',
    ]);
    expect(incidents[1]?.properties.notes).toEqual(['Part 2 of 2 of a MultiPoint in the file.']);
    expect(incidents[1]?.properties.fileProperties).toContainEqual(['altitude (the third coordinate)', '300']);
    expect(incidents.every((incident) => incident.properties.place.geoPrecision === 'unknown')).toBe(true);
    expect(messagesOf(result)).toContain(
      '2 points are parts of a MultiPoint or GeometryCollection, each shown on its own',
    );
  });

  it('numbers the parts of a MultiPoint inside a GeometryCollection after both', async () => {
    const result = await open(
      collection(
        feature(
          {
            type: 'GeometryCollection',
            geometries: [
              { type: 'Point', coordinates: [1, 1] },
              {
                type: 'MultiPoint',
                coordinates: [
                  [2, 2],
                  [3, 3],
                ],
              },
            ],
          },
          { name: 'Sites' },
          'sites',
        ),
      ),
    );
    const incidents = result.story.incidents.features;
    expect(incidents.map((incident) => incident.id)).toEqual(['sites-1', 'sites-2-1', 'sites-2-2']);
    expect(incidents[2]?.properties.notes).toContain('Part 2 of 2 of a GeometryCollection › MultiPoint in the file.');
  });

  it('numbers the parts after an "id" property when the feature has no id of its own', async () => {
    const story = await fromSource(
      collection(
        feature(
          {
            type: 'MultiPoint',
            coordinates: [
              [1, 1],
              [2, 2],
            ],
          },
          { id: 'wells' },
        ),
      ),
    );
    expect(story.incidents.features.map((incident) => incident.id)).toEqual(['wells-1', 'wells-2']);
  });
});

describe('storyFromFeatures: lines and areas', () => {
  it('keeps lines and polygons as drawn regions with the file’s properties, in the file’s order', async () => {
    const road = feature(
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      { name: 'Road', surface: 'gravel', lanes: 2, closed: null, tags: ['a', 'b'] },
    );
    const zone = feature({ type: 'Polygon', coordinates: [SQUARE] }, { zone: 'B', big: 0 }, 'zone');
    const text = JSON.stringify(collection(point([1, 1], { name: 'Kept' }), road, zone)).replace(
      '"big":0',
      '"big":1e309',
    );
    const result = loaded(await readStoryText(SOURCE, text, { sourceUrl: SOURCE, i18n: englishChecksI18n }));
    const { incidents, regions } = result.story;
    expect(incidents.features.map((incident) => incident.properties.title)).toEqual(['Kept']);
    expect(regions.features.map((region) => [region.id, region.geometry.type, region.properties.name])).toEqual([
      ['shape-2', 'LineString', 'Road'],
      ['shape-zone', 'Polygon', 'Area 3'],
    ]);
    expect(regions.features[0]?.properties).toMatchObject({
      kind: 'drawn',
      source: `${SOURCE}, features[1]`,
      license: 'Not stated in the file',
      fileProperties: [
        ['name', 'Road'],
        ['surface', 'gravel'],
        ['lanes', '2'],
        ['closed', 'null'],
        ['tags', '["a","b"]'],
      ],
    });
    expect(regions.features[1]?.properties.fileProperties).toEqual([
      ['zone', 'B'],
      ['big', 'a number too large to read'],
    ]);
    expect(result.story.summary).toBe(`1 point, 1 line, 1 area from ${SOURCE}.`);
  });

  it('keeps Multi* shapes whole and takes heights off their positions', async () => {
    const story = await fromSource(
      collection(
        feature({
          type: 'MultiLineString',
          coordinates: [
            [
              [0, 0, 5],
              [1, 1, 5],
            ],
            [
              [2, 2],
              [3, 3],
            ],
          ],
        }),
        feature({ type: 'MultiPolygon', coordinates: [[SQUARE], [SQUARE.map(([x = 0, y = 0]) => [x + 5, y])]] }),
      ),
    );
    expect(story.regions.features.map((region) => region.geometry.type)).toEqual(['MultiLineString', 'MultiPolygon']);
    expect(story.regions.features[0]?.geometry.coordinates[0]).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(story.incidents.features).toEqual([]);
    // The view frames the shapes, as there are no points.
    [-0.6, -0.3, 6.6, 3.3].forEach((degrees, i) => expect(story.defaultBounds[i]).toBeCloseTo(degrees, 9));
  });

  it('opens a file of shapes only, without a word about precision', async () => {
    const result = await open(collection(feature({ type: 'Polygon', coordinates: [SQUARE] }, { name: 'Zone' })));
    expect(result.story.regions.features).toHaveLength(1);
    expect(result.notices).toEqual([]);
  });
});

describe('storyFromFeatures: features with no location', () => {
  it('lists each with geometry null, "not on the map" and why, and says so once', async () => {
    const result = await open(
      collection(
        point([1, 1], { name: 'Kept' }),
        feature(null, { name: 'Depot' }),
        { type: 'Feature', properties: { name: 'No member' } },
        feature({ type: 'Polygon', coordinates: [] }, null, 'zone'),
      ),
    );
    const [, depot, noMember, zone] = result.story.incidents.features;
    expect(depot?.geometry).toBeNull();
    expect(depot?.properties).toMatchObject({
      title: 'Depot',
      kind: 'reference',
      place: {
        name: 'Depot',
        geoPrecision: null,
        description: 'Not on the map: the file gives it no location (its geometry is null).',
      },
      notes: ['Not on the map: the file gives it no location (its geometry is null).'],
    });
    expect(depot?.properties.place.point).toBeUndefined();
    expect(noMember?.properties.place.description).toBe(
      'Not on the map: the file gives it no location (it has no geometry).',
    );
    expect(zone?.id).toBe('zone');
    expect(zone?.properties.place.description).toBe('Not on the map: its Polygon has no coordinates.');
    expect(result.story.summary).toBe(`1 point from ${SOURCE}. 3 features with no location, listed as not on the map.`);
    expect(messagesOf(result)).toEqual([
      '3 features have no location, so they are not on the map: the list shows them as "not on the map", with why',
      'the file does not say how precise its point is: it is drawn hollow, as an approximate place, not as an exact site',
    ]);
  });

  it('opens a file whose features all lack a location, framed on the whole world', async () => {
    const result = await open(collection(feature(null, { name: 'A' }), feature(null, { name: 'B' })));
    expect(result.story.incidents.features.map((incident) => incident.geometry)).toEqual([null, null]);
    expect(result.story.defaultBounds).toEqual([-180, -60, 180, 75]);
    expect(messagesOf(result)).toEqual([
      '2 features have no location, so they are not on the map: the list shows them as "not on the map", with why',
    ]);
  });

  it('keeps a dated strike with no location as a strike, not on the map', async () => {
    const story = await fromSource(collection(feature(null, { kind: 'strike', date: '2024-01-16' })));
    expect(story.incidents.features[0]).toMatchObject({
      geometry: null,
      properties: { kind: 'strike', when: { date: '2024-01-16' }, place: { geoPrecision: null } },
    });
  });
});

describe('storyFromFeatures: the story around the features', () => {
  it('names the story after the file, links to where it came from, and says it cites no article', async () => {
    const story = await fromSource(collection(point([1, 1])));
    expect(story).toMatchObject({
      id: 'field-notes',
      title: 'field notes',
      tour: null,
      regions: { features: [] },
      article: { title: 'field notes', url: SOURCE, passages: [], language: 'und' },
      credits: [{ what: 'Points, lines and areas', source: SOURCE, url: SOURCE }],
    });
    expect(story.article.notes[0]).toMatch(/no mark on this map cites an article/);
  });

  it.each([
    ['data/Field_notes.geojson', 'Field notes'],
    ['https://host/path/field%20notes.kml?x=1', 'field notes'],
    ['places.csv', 'places'],
    ['100%.geojson', '100%'],
    ['.geojson', 'Points'],
  ])('titles a story from %j as %j', (fileName, title) => {
    expect(titleFromFileName(fileName, englishChecksI18n)).toBe(title);
  });

  it('opens a file from the reader’s computer, which links to no article', async () => {
    const result = loaded(
      await readStoryText('field_notes.geojson', JSON.stringify(collection(point([1, 1]))), {
        i18n: englishChecksI18n,
      }),
    );
    expect(result.story.article.url).toBeNull();
    expect(result.story.credits[0]?.url).toBeNull();
  });

  it('ignores a source address that is not http(s): the story links nowhere rather than to it', async () => {
    const result = loaded(
      await readStoryText('x.json', JSON.stringify(collection(point([1, 1]))), {
        sourceUrl: 'javascript:alert(1)',
        i18n: englishChecksI18n,
      }),
    );
    expect(result.story.article.url).toBeNull();
    expect(JSON.stringify(result.story)).not.toContain('javascript:');
  });

  it('refuses coordinates out of range, naming the record and suspecting swapped longitude and latitude', async () => {
    const result = await readStoryText(
      SOURCE,
      JSON.stringify(collection(point([1, 1]), point([27.1, 163.25], { name: 'Bad' }))),
      { i18n: englishChecksI18n },
    );
    expect(result).toEqual({
      status: 'failed',
      problems: [
        {
          origin: SOURCE,
          path: 'features[1] (name "Bad").geometry.coordinates',
          message: 'the latitude 163.25 is not between -90 and 90 (GeoJSON puts longitude first: are the two swapped?)',
        },
      ],
    });
  });

  it('names a broken feature by its id, its "id" property or its name, shortening a long name', async () => {
    const bad = { type: 'LineString', coordinates: [[0, 0]] };
    const result = await readStoryText(
      'bad.geojson',
      JSON.stringify(
        collection(
          feature(bad, { name: 'Ignored' }, 'road-1'),
          feature(bad, { id: 7, name: 'Ignored' }),
          feature(bad, { name: 'x'.repeat(100) }),
          feature(bad, { name: '  ' }),
        ),
      ),
      { i18n: englishChecksI18n },
    );
    expect(result.status === 'failed' && result.problems.map((problem) => problem.path)).toEqual([
      'features[0] (id "road-1").geometry.coordinates',
      'features[1] (id 7).geometry.coordinates',
      `features[2] (name "${'x'.repeat(60)}…").geometry.coordinates`,
      'features[3].geometry.coordinates',
    ]);
  });

  it.each([
    [{ type: 'FeatureCollection' }, 'features'],
    [{ type: 'FeatureCollection', features: {} }, 'features'],
    [collection({ type: 'Point', coordinates: [1, 1] }), 'features[0]'],
    [collection(point(['1' as unknown as number, 1])), 'features[0].geometry.coordinates'],
    [collection(point([1])), 'features[0].geometry.coordinates'],
    [collection(feature({ type: 'Circle' })), 'features[0].geometry.type'],
    [{ type: 'FeatureCollection', features: [{ ...point([1, 1]), properties: [] }] }, 'features[0].properties'],
    [collection(point([1, 1], {}, 'a'), point([1, 1, 1, 1], {}, 'b')), 'features[1] (id "b").geometry.coordinates'],
  ])('refuses malformed GeoJSON and says where: %j', async (data, path) => {
    const result = await readStoryText('bad.geojson', JSON.stringify(data), { i18n: englishChecksI18n });
    expect(result.status === 'failed' && result.problems.map((problem) => problem.path)).toContain(path);
    if (result.status === 'failed') {
      for (const problem of result.problems) expect(problem.message).not.toMatch(/Invalid input|expected \d/);
    }
  });

  it('refuses a file with no features at all', async () => {
    expect(await readStoryText('x.json', JSON.stringify(collection()), { i18n: englishChecksI18n })).toEqual({
      status: 'failed',
      problems: [{ origin: 'x.json', path: '(file)', message: 'the file holds no features: nothing to show' }],
    });
  });

  it('refuses a coordinate system it cannot convert, reprojects Web Mercator, and accepts WGS 84’s names', async () => {
    const named = (name: string, coordinates = [1, 1]) => ({
      ...collection(point(coordinates)),
      crs: { type: 'name', properties: { name } },
    });
    expect(
      await readStoryText('x.json', JSON.stringify(named('urn:ogc:def:crs:EPSG::32641')), { i18n: englishChecksI18n }),
    ).toMatchObject({
      status: 'failed',
      problems: [{ path: 'crs' }],
    });
    const mercator = loaded(
      await readStoryText('x.json', JSON.stringify(named('urn:ogc:def:crs:EPSG::3857', [7_042_000, 3_133_000])), {
        i18n: englishChecksI18n,
      }),
    );
    const [longitude = NaN, latitude = NaN] = mercator.story.incidents.features[0]?.geometry?.coordinates ?? [];
    expect([longitude, latitude].map((degrees) => Math.round(degrees))).toEqual([63, 27]);
    expect(mercator.notices?.[0]).toMatchObject({ origin: 'x.json', path: 'crs' });
    for (const name of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4326']) {
      expect((await readStoryText('x.json', JSON.stringify(named(name)), { i18n: englishChecksI18n })).status).toBe(
        'loaded',
      );
    }
  });
});

// ACLED's export columns, in its order (ACLED Codebook 2023).
const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,' +
  'actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,' +
  'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

function acledRow(cells: Record<string, string>): string {
  return ACLED_HEADER.split(',')
    .map((column) => {
      const value = cells[column] ?? '';
      return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}

describe('storyFromFeatures: conflict datasets', () => {
  it('reads an ACLED row: its precision codes, a nearby-place role, and fatalities as ACLED’s claim with a source', async () => {
    const csv = [
      ACLED_HEADER,
      acledRow({
        event_id_cnty: 'PAK1234',
        event_date: '2024-01-16',
        time_precision: '2',
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Air/drone strike',
        actor1: 'Military Forces of Iran',
        actor2: 'Civilians (Pakistan)',
        location: 'Panjgur',
        latitude: '26.96',
        longitude: '64.09',
        geo_precision: '1',
        source: 'Dawn; Reuters',
        fatalities: '2',
      }),
      acledRow({
        event_id_cnty: 'PAK1235',
        event_date: '2024-01-18',
        event_type: 'Protests',
        actor1: 'Protesters (Pakistan)',
        location: 'Quetta',
        latitude: '30.18',
        longitude: '66.99',
        geo_precision: '3',
      }),
    ].join('\n');
    const result = loaded(await readStoryText('acled-export.csv', csv, { i18n: englishChecksI18n }));
    const [strike, protest] = result.story.incidents.features;
    // ACLED's ids are not Citemap ids (lower-case words and hyphens): numbered by row, ACLED's kept with the rest.
    expect(strike?.id).toBe('point-2');
    expect(strike?.properties.fileProperties).toContainEqual(['event_id_cnty', 'PAK1234']);
    expect(strike?.properties).toMatchObject({
      kind: 'strike',
      title: 'Panjgur',
      when: { date: '2024-01-16', precision: 'day' },
      place: {
        geoPrecision: 2,
        uncertaintyRadiusKm: null,
        point: { role: 'nearby-place', on: 'Panjgur' },
      },
      actors: { initiator: { name: 'Military Forces of Iran' }, target: 'Civilians (Pakistan)' },
      casualties: [
        {
          claimedBy: 'ACLED',
          killed: { value: 2, atLeast: false },
          injured: null,
          citation: { type: 'outside', sourceId: 'acled', words: 'fatalities: 2' },
        },
      ],
      sources: [{ id: 'acled', publisher: 'ACLED', url: 'https://acleddata.com/' }],
    });
    expect(strike?.properties.casualties[0]?.description).toBe(
      "the dataset's count of deaths; its sources: Dawn; Reuters",
    );
    expect(strike?.properties.place.description).toMatch(/^the file says \(ACLED geo_precision 1\): /);
    expect(strike?.properties.when?.note).toBe(
      'the file says (ACLED time_precision 2): only the week is known; the date given stands for it.',
    );
    // A protest is not a strike: a dated note on a reference place, placed at the region ACLED names.
    expect(protest?.properties).toMatchObject({
      kind: 'reference',
      when: null,
      place: { geoPrecision: 3, point: { role: 'nearby-place' } },
      casualties: [],
    });
    expect(protest?.properties.notes.slice(0, 2)).toEqual([
      'The dataset calls it: Protests.',
      'The dataset dates it 2024-01-18.',
    ]);
    // Every point's precision is stated by the dataset: no notice about unstated precision.
    expect(messagesOf(result)).toEqual([]);
  });

  it('does not make a strike of an ACLED row that gives no event type', async () => {
    const csv = [
      ACLED_HEADER,
      acledRow({ event_id_cnty: 'X1', event_date: '2024-01-19', actor1: 'A', latitude: '1', longitude: '1' }),
    ].join('\n');
    const story = loaded(await readStoryText('acled.csv', csv, { i18n: englishChecksI18n })).story;
    expect(story.incidents.features[0]?.properties).toMatchObject({ kind: 'reference', when: null });
    expect(story.incidents.features[0]?.properties.notes[0]).toBe('The dataset dates it 2024-01-19.');
  });

  it('reads a UCDP GED row: where_prec, date_prec, the best estimate with its range, its sources', async () => {
    const header =
      'id,year,type_of_violence,side_a,side_b,source_article,where_prec,where_description,adm_1,latitude,longitude,' +
      'date_prec,date_start,date_end,best,high,low';
    const csv = [
      header,
      '36210,2009,1,Government of Uganda,LRA,Reuters 25/2-09,2,near Obo,Haut-Mbomou,5.4,26.49,1,2009-02-20,2009-02-20,3,5,2',
      '36211,2009,3,LRA,Civilians,BBC,6,the country,,6.6,20.9,4,2009-08-07,2009-09-01,4,4,4',
    ].join('\n');
    const result = loaded(await readStoryText('ged.csv', csv, { i18n: englishChecksI18n }));
    const [near, country] = result.story.incidents.features;
    expect(near?.properties).toMatchObject({
      id: '36210',
      kind: 'strike',
      title: 'near Obo',
      place: { geoPrecision: 2, uncertaintyRadiusKm: 25, point: { role: 'nearby-place' } },
      casualties: [
        {
          claimedBy: 'UCDP GED',
          killed: { value: 3, atLeast: false },
          description: "the dataset's count of deaths, its best estimate (low 2, high 5); its sources: Reuters 25/2-09",
          citation: { type: 'outside', sourceId: 'ucdp-ged', words: 'best: 3 (low 2, high 5)' },
        },
      ],
      sources: [{ id: 'ucdp-ged', publisher: 'Uppsala Conflict Data Program' }],
    });
    expect(country?.properties.place).toMatchObject({ geoPrecision: 3, uncertaintyRadiusKm: null });
    expect(country?.properties.when?.note).toBe(
      'the file says (UCDP date_prec 4): only the month is known (date_start to date_end). ' +
        'The dataset gives a span of days, 2009-08-07 to 2009-09-01.',
    );
  });

  it('reads UCDP’s where_prec from a GeoJSON file too, and an exact UCDP site as the site', async () => {
    const story = await fromSource(
      collection(
        point([26.49, 5.4], { where_prec: 1, date_prec: 1 }),
        point([26.49, 5.4], { where_prec: 2 }),
        point([26.49, 5.4], { where_prec: 9 }),
      ),
    );
    const [exact, near, unreadable] = story.incidents.features.map((incident) => incident.properties);
    expect(exact?.place).toMatchObject({ geoPrecision: 1, uncertaintyRadiusKm: null, point: { role: 'site' } });
    expect(near?.place).toMatchObject({ geoPrecision: 2, uncertaintyRadiusKm: 25, point: { role: 'nearby-place' } });
    expect(unreadable?.place.geoPrecision).toBe('unknown');
    expect(unreadable?.notes).toContain(
      "where_prec: 9 is not one of UCDP's where_prec codes (1, 2, 3, 4, 5, 6, 7): the precision is unknown",
    );
  });

  it('does not read ACLED’s codes outside an ACLED file: a GeoJSON geo_precision is the file’s own', async () => {
    const story = await fromSource(collection(point([1, 1], { geo_precision: 1, time_precision: 1 })));
    expect(story.incidents.features[0]?.properties.place.geoPrecision).toBe('unknown');
  });

  it('does not read a Citemap CSV export’s own geo_precision column as ACLED’s', async () => {
    const exported = incidentsToCsv(fixtureStory());
    expect(exported.split(/\r\n/)[0]).toMatch(/(^|,)geo_precision(,|$)/);
    const result = loaded(await readStoryText('citemap-export.csv', exported, { i18n: englishChecksI18n }));
    const located = result.story.incidents.features.filter((incident) => incident.geometry !== null);
    expect(located.length).toBeGreaterThan(0);
    for (const incident of located) {
      expect(incident.properties.place.geoPrecision).toBe('unknown');
      expect(incident.properties.casualties).toEqual([]);
    }
    // What it says is true: the file gives a precision, in a column whose codes Citemap cannot tell whose they are.
    const said = messagesOf(result);
    expect(said).toContainEqual(
      `the file gives ${located.length} of its points a precision (geo_precision) that Citemap does not read, since the same codes mean other things in ACLED’s data and in Citemap’s own: they are drawn hollow, as approximate places, not as exact sites`,
    );
    expect(said).not.toContainEqual(expect.stringMatching(/does not say how precise/));
    for (const incident of located) {
      expect(incident.properties.place.description).toBe(
        'Where citemap-export.csv puts it. The file gives a precision (geo_precision) that Citemap does not read: the same codes mean other things in ACLED’s data and in Citemap’s own.',
      );
    }
  });

  it('says so, too, of the precision in a Citemap GeoJSON export, and tells apart the points of which nothing is said', async () => {
    const exported = JSON.parse(incidentsToGeoJson(fixtureStory().incidents)) as {
      features: { geometry: unknown; properties: Record<string, unknown> }[];
    };
    const located = exported.features.filter((feature) => feature.geometry !== null);
    // One point with nothing said of its precision.
    const [bare] = located;
    if (bare === undefined) throw new Error('the fixture story has no located incident');
    bare.properties = { title: 'A bare point' };
    const result = loaded(
      await readStoryText('citemap-export.geojson', JSON.stringify(exported), { i18n: englishChecksI18n }),
    );
    const said = messagesOf(result);
    expect(said).toContainEqual(
      expect.stringMatching(
        /^the file gives 1 of its points a precision \(place\.geoPrecision\)[^]*: it is drawn hollow/,
      ),
    );
    expect(said).toContainEqual(
      'the file does not say how precise its point is: it is drawn hollow, as an approximate place, not as an exact site',
    );
  });

  it('tells of at most 50 things, the lines about the whole file always among them', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `P${i},north,${i % 100}`);
    const result = loaded(
      await readStoryText('bad.csv', ['name,latitude,longitude', ...rows, 'Kept,1,1'].join('\n'), {
        i18n: englishChecksI18n,
      }),
    );
    expect(result.story.incidents.features).toHaveLength(201);
    const notices = result.notices ?? [];
    expect(notices).toHaveLength(50);
    expect(notices[0]).toEqual({
      origin: 'bad.csv',
      path: 'row 2, column latitude',
      message: '"north" is not a number of degrees',
    });
    expect(notices.slice(-3).map((notice) => notice.message)).toEqual([
      'and 153 more notes like these',
      '200 features have no location, so they are not on the map: the list shows them as "not on the map", with why',
      'the file does not say how precise its point is: it is drawn hollow, as an approximate place, not as an exact site',
    ]);
  });

  it('lists a CSV row with no coordinates as not on the map, with the CSV reader’s reason', async () => {
    const csv = 'name,latitude,longitude\nKept,1,1\nEmpty,,\nWrong,north,1\n';
    const result = loaded(await readStoryText('places.csv', csv, { i18n: englishChecksI18n }));
    const [, empty, wrong] = result.story.incidents.features;
    expect(empty?.properties.place.description).toBe('Not on the map: the row has no coordinates.');
    expect(wrong?.properties.place.description).toBe(
      'Not on the map: column latitude: "north" is not a number of degrees.',
    );
    expect(messagesOf(result)).toContain(
      '2 features have no location, so they are not on the map: the list shows them as "not on the map", with why',
    );
  });
});
