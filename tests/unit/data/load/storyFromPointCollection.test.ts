import { describe, expect, it } from 'vitest';
import type { StoryLoad } from '../../../../src/data/load/loadStory.ts';
import { storyFromPointCollection } from '../../../../src/data/load/storyFromPointCollection.ts';
import type { Story } from '../../../../src/model/story.ts';

const SOURCE = 'https://data.example/field_notes.geojson';

function point(coordinates: number[], properties: Record<string, unknown> | null = {}, id?: string | number) {
  return { type: 'Feature', ...(id === undefined ? {} : { id }), geometry: { type: 'Point', coordinates }, properties };
}

function collection(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

function loaded(result: StoryLoad): Story {
  if (result.status === 'failed') throw new Error(JSON.stringify(result.problems, null, 2));
  return result.story;
}

function fromSource(data: unknown): Story {
  return loaded(storyFromPointCollection(SOURCE, data, { sourceUrl: SOURCE }));
}

describe('storyFromPointCollection', () => {
  it('makes each point a reference place titled from its name, and keeps what it does not use as text', () => {
    const story = fromSource(collection(point([63.25, 27.1], { name: 'Panjgur', population: 50_000, tags: ['a'] })));
    const [incident] = story.incidents.features;
    expect(incident?.geometry).toEqual({ type: 'Point', coordinates: [63.25, 27.1] });
    expect(incident?.properties).toMatchObject({
      id: 'point-1',
      kind: 'reference',
      title: 'Panjgur',
      when: null,
      place: { name: 'Panjgur', geoPrecision: 1, uncertaintyRadiusKm: null },
      claims: [],
      casualties: [],
      sources: [],
      notes: ['Also in the file: population=50000', 'Also in the file: tags=["a"]'],
    });
    // Nothing was computed for a file of points: the context is absent rather than filled with a sentinel.
    expect(incident?.properties.context).toBeUndefined();
  });

  it('takes the title from name, then title, then label, else numbers the point as the file counts it', () => {
    const story = fromSource(
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
    expect(story.incidents.features[0]?.properties.notes).toEqual(['Also in the file: label=unused']);
  });

  it('makes a strike or statement of a point whose kind or type says so and whose date it can read', () => {
    const story = fromSource(
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

  it('keeps an undated strike as a reference place, says why, and keeps the date it could not read', () => {
    const story = fromSource(collection(point([1, 1], { kind: 'strike', date: '16 January' })));
    const properties = story.incidents.features[0]?.properties;
    expect(properties?.kind).toBe('reference');
    expect(properties?.notes).toEqual([
      'The file calls this a strike, but gives no date Citemap can read (such as "date": "2024-01-16"), so it is ' +
        'shown as a reference place.',
      'Also in the file: date=16 January',
    ]);
  });

  it('keeps a date as a note for a point of no kind, since a reference place has no date', () => {
    const story = fromSource(collection(point([1, 1], { date: '2024-01-16', kind: 'hospital' })));
    expect(story.incidents.features[0]?.properties).toMatchObject({
      kind: 'reference',
      when: null,
      notes: ['Also in the file: date=2024-01-16', 'Also in the file: kind=hospital'],
    });
  });

  it('uses the file’s ids where they are valid and unique, and numbers the rest', () => {
    const story = fromSource(
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
    expect(story.incidents.features[2]?.properties.notes).toEqual(['Also in the file: id=camp-a']);
    expect(story.incidents.features[3]?.properties.notes).toEqual(['Also in the file: id=Camp B!']);
  });

  it('gives two points at the same place a box around them', () => {
    const story = fromSource(collection(point([63.25, 27.1]), point([63.25, 27.1])));
    expect(story.incidents.features).toHaveLength(2);
    expect(story.defaultBounds).toEqual([63, 26.85, 63.5, 27.35]);
  });

  it('frames points either side of the antimeridian with the whole width of the world', () => {
    const story = fromSource(collection(point([179.9, -16.5]), point([-179.9, -16.5])));
    expect(story.defaultBounds).toEqual([-180, -16.75, 180, -16.25]);
  });

  it('drops an altitude from the position and keeps it as a note', () => {
    const story = fromSource(collection(point([10, 20, 1234.5])));
    expect(story.incidents.features[0]?.geometry?.coordinates).toEqual([10, 20]);
    expect(story.incidents.features[0]?.properties.notes).toEqual(['Also in the file: altitude=1234.5']);
  });

  it('leaves out what is not a point and names each thing it left out', () => {
    const story = fromSource(
      collection(
        point([1, 1], { name: 'Kept' }),
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          properties: { name: 'Road' },
        },
        { type: 'Feature', id: 'zone', geometry: { type: 'Polygon', coordinates: [] }, properties: null },
        { type: 'Feature', geometry: null, properties: {} },
      ),
    );
    expect(story.incidents.features).toHaveLength(1);
    expect(story.summary).toBe(
      `1 point from ${SOURCE}. Left out, because Citemap draws only points: features[1] (name "Road"), a LineString; ` +
        'features[2] (id "zone"), a Polygon; features[3], with no geometry.',
    );
  });

  it('names the story after the file, links to where it came from, and says it cites no article', () => {
    const story = fromSource(collection(point([1, 1])));
    expect(story).toMatchObject({
      id: 'field-notes',
      title: 'field notes',
      tour: null,
      regions: { features: [] },
      article: { title: 'field notes', url: SOURCE, passages: [], language: 'und' },
      credits: [{ what: 'Points', source: SOURCE, url: SOURCE }],
    });
    expect(story.article.notes[0]).toMatch(/no mark on this map cites an article/);
  });

  it('opens a file from the reader’s computer, which links to no article', () => {
    const result = storyFromPointCollection('field_notes.geojson', collection(point([1, 1])));
    expect(result.status).toBe('loaded');
    if (result.status === 'loaded') expect(result.story.article.url).toBeNull();
  });

  it('ignores a source address that is not http(s): the story links nowhere rather than to it', () => {
    const result = storyFromPointCollection('x.json', collection(point([1, 1])), { sourceUrl: 'javascript:alert(1)' });
    expect(result.status).toBe('loaded');
    if (result.status === 'loaded') {
      expect(result.story.article.url).toBeNull();
      expect(JSON.stringify(result.story)).not.toContain('javascript:');
    }
  });

  it('refuses coordinates out of range, naming the record and suspecting swapped longitude and latitude', () => {
    const result = storyFromPointCollection(SOURCE, collection(point([1, 1]), point([27.1, 163.25], { name: 'Bad' })));
    expect(result).toEqual({
      status: 'failed',
      problems: [
        {
          origin: SOURCE,
          path: 'features[1] (name "Bad") › geometry.coordinates[1]',
          message: 'a latitude is between -90 and 90 (GeoJSON puts longitude first: are the two swapped?)',
        },
      ],
    });
  });

  it.each([
    [{ type: 'FeatureCollection' }, 'features'],
    [{ type: 'FeatureCollection', features: {} }, 'features'],
    [collection({ type: 'Point', coordinates: [1, 1] }), 'features[0].type'],
    [
      collection({ type: 'Feature', geometry: { type: 'Point', coordinates: ['1', 1] } }),
      'features[0].geometry.coordinates[0]',
    ],
    [
      collection({ type: 'Feature', geometry: { type: 'Point', coordinates: [1] } }),
      'features[0].geometry.coordinates[1]',
    ],
    [collection({ type: 'Feature', geometry: { type: 'Circle' } }), 'features[0].geometry.type'],
    [
      collection({ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 1] }, properties: [] }),
      'features[0].properties',
    ],
  ])('refuses malformed GeoJSON and says where: %j', (data, path) => {
    const result = storyFromPointCollection('bad.geojson', data, { sourceUrl: SOURCE });
    expect(result.status === 'failed' && result.problems.map((problem) => problem.path)).toContain(path);
  });

  it('refuses a file with no points at all', () => {
    const lines = collection({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    });
    expect(storyFromPointCollection('x.json', collection(), { sourceUrl: SOURCE })).toMatchObject({
      problems: [{ path: 'features', message: 'the file has no features' }],
    });
    expect(storyFromPointCollection('x.json', lines, { sourceUrl: SOURCE })).toMatchObject({
      problems: [{ path: 'features', message: "none of the file's 1 features is a point" }],
    });
  });

  it('refuses a coordinate system other than WGS 84, and accepts the names WGS 84 goes by', () => {
    const named = (name: string) => ({ ...collection(point([1, 1])), crs: { type: 'name', properties: { name } } });
    expect(
      storyFromPointCollection('x.json', named('urn:ogc:def:crs:EPSG::3857'), { sourceUrl: SOURCE }),
    ).toMatchObject({ status: 'failed', problems: [{ path: 'crs' }] });
    for (const name of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326', 'urn:ogc:def:crs:EPSG::4326']) {
      expect(storyFromPointCollection('x.json', named(name), { sourceUrl: SOURCE }).status).toBe('loaded');
    }
  });

  it('keeps hostile text as text, and shortens a huge value in a note', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const story = fromSource(collection(point([1, 1], { name: hostile, [hostile]: 'x'.repeat(2000) })));
    const properties = story.incidents.features[0]?.properties;
    expect(properties?.title).toBe(hostile);
    expect(properties?.notes[0]).toBe(`Also in the file: ${hostile}=${'x'.repeat(500)}… (1500 more characters)`);
  });
});
