import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer, placesNamedIn, searchGazetteer } from '../../../src/editor/place/gazetteer.ts';
import { foldName } from '../../../src/data/gazetteer/placeNames.ts';
import type { Story } from '../../../src/model/story.ts';

const gazetteer = parseGazetteer(
  [
    '# a comment line',
    'Northtown\tRU\tC\t10\t20',
    'São Paulo\tBR\tA\t-46.6\t-23.5',
    'Malmö\tSE\tA\t13\t55.6',
    'Port Northtown\tXX\t\t11\t21',
    'Council\tUS\tA\t-116\t44',
    'Westfield\tXX\tA\t1\t2',
    'Miller\tUS\tA\t3\t4',
    'Erbil\tIQ\tA\t44.012\t36.183\tArbil|Hawler|Irbil',
  ].join('\n'),
);

describe('the gazetteer', () => {
  it('reads one place a line, ranked by its order, skipping comments', () => {
    expect(gazetteer.places[0]).toEqual({
      name: 'Northtown',
      country: 'RU',
      seat: true,
      position: [10, 20],
      rank: 0,
      otherNames: [],
    });
    expect(gazetteer.places).toHaveLength(8);
    expect(gazetteer.places[7]?.otherNames).toEqual(['Arbil', 'Hawler', 'Irbil']);
  });

  it('finds names that start with what was typed, then names with a later word that does, accents ignored', () => {
    expect(searchGazetteer(gazetteer, 'north').map((place) => place.name)).toEqual(['Northtown', 'Port Northtown']);
    expect(searchGazetteer(gazetteer, 'sao p').map((place) => place.name)).toEqual(['São Paulo']);
    expect(searchGazetteer(gazetteer, 'MALMO').map((place) => place.name)).toEqual(['Malmö']);
    expect(searchGazetteer(gazetteer, '  ')).toEqual([]);
    expect(foldName('Sāravān’s')).toBe('saravans');
  });

  it('takes a whole capitalised name, or what follows a word capitalised for starting a sentence, not a word inside a longer name', () => {
    const named = placesNamedIn(gazetteer, [
      {
        id: 'p1',
        number: 1,
        role: 'body',
        text: 'Spokesman Jane Miller said so. In Westfield, the Security Council met. Matthew Miller spoke. Near Northtown, all was quiet near the coast.',
      },
    ]);
    expect(named.map((place) => place.place.name)).toEqual(['Westfield', 'Northtown']);
  });

  it('suggests the places an article names, with the passages naming them, but not words it also writes in lower case', () => {
    const named = placesNamedIn(gazetteer, [
      { id: 'p1', number: 1, role: 'body', text: 'Shells fell on Northtown and the town council met in Malmö.' },
      { id: 'p2', number: 2, role: 'aside', text: 'Also read: Westfield news' },
      { id: 'p3', number: 3, role: 'body', text: 'The Council said Northtown’s mayor left.' },
    ]);
    expect(named.map((place) => [place.place.name, place.passageIds])).toEqual([
      ['Northtown', ['p1', 'p3']],
      ['Malmö', ['p1']],
    ]);
  });

  it('finds a place by another of its names, and suggests it where the article spells it so', () => {
    expect(searchGazetteer(gazetteer, 'irbi').map((place) => place.name)).toEqual(['Erbil']);
    const named = placesNamedIn(gazetteer, [
      { id: 'p1', number: 1, role: 'body', text: 'A missile struck near the city of Irbil on Monday.' },
    ]);
    expect(named.map((place) => [place.place.name, place.asWritten, place.passageIds])).toEqual([
      ['Erbil', 'Irbil', ['p1']],
    ]);
  });
});

describe('the shipped gazetteer (public/gazetteer/places.tsv) and the built-in article', () => {
  const shipped = parseGazetteer(
    readFileSync(new URL('../../../public/gazetteer/places.tsv', import.meta.url), 'utf8'),
  );
  const story = JSON.parse(
    readFileSync(new URL('../../../public/data/iran-pakistan-2024/story.json', import.meta.url), 'utf8'),
  ) as Story;

  it('finds Erbil when the article’s “Irbil” is typed', () => {
    expect(searchGazetteer(shipped, 'Irbil')[0]).toMatchObject({ name: 'Erbil', country: 'IQ' });
  });

  it('suggests Erbil where the article writes “Irbil” (it names no other place the story marks: Idlib, Panjgur and Saravan are not in it)', () => {
    const named = placesNamedIn(shipped, story.article.passages);
    const erbil = named.find((place) => place.place.name === 'Erbil');
    expect(erbil).toMatchObject({ asWritten: 'Irbil', passageIds: ['p9'] });
    expect(named.map((place) => place.place.name)).toEqual(expect.arrayContaining(['Islamabad', 'Tehran', 'Erbil']));
  });
});
