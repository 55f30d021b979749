import type { Passage } from '../../model/article.ts';
import type { Position } from '../../model/geojson.ts';
import { foldName, MOST_PROMINENT } from '../../data/gazetteer/placeNames.ts';

/** One place of the offline gazetteer (public/gazetteer/places.tsv, built by geo/gazetteer/). */
export interface GazetteerPlace {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** A capital or the seat of a province or district. */
  seat: boolean;
  position: Position;
  /** Its line in the file, the most populous first. */
  rank: number;
  /** Other names GeoNames knows it by ("Bombay" for Mumbai), for the most populous places and every seat. */
  otherNames: readonly string[];
}

export interface Gazetteer {
  places: readonly GazetteerPlace[];
  /** Each place's name folded for search (`foldName`), in the same order. */
  keys: readonly string[];
  /** Each place's other names folded for search, in the same order (empty for most). */
  otherKeys: readonly (readonly string[])[];
}

export function parseGazetteer(text: string): Gazetteer {
  const places: GazetteerPlace[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [name = '', country = '', seat = '', longitude = '', latitude = '', others = ''] = line.split('\t');
    places.push({
      name,
      country,
      seat: seat !== '',
      position: [Number(longitude), Number(latitude)],
      rank: places.length,
      otherNames: others === '' ? [] : others.split('|'),
    });
  }
  return {
    places,
    keys: places.map((place) => foldName(place.name)),
    otherKeys: places.map((place) => place.otherNames.map(foldName)),
  };
}

/**
 * Places whose name (or one of its other names: "Bombay" finds Mumbai) starts with what was typed, then those with a
 * later word starting with it, the most populous first in each group. Walks the whole gazetteer on every keystroke:
 * 135,000 names and 75,000 other names, a few milliseconds.
 */
export function searchGazetteer(gazetteer: Gazetteer, query: string, limit = 8): GazetteerPlace[] {
  const folded = foldName(query);
  if (folded.length === 0) return [];
  const starts: GazetteerPlace[] = [];
  const wordStarts: GazetteerPlace[] = [];
  const { keys, otherKeys, places } = gazetteer;
  const wordStart = ` ${folded}`;
  for (let index = 0; index < keys.length && starts.length < limit; index += 1) {
    const key = keys[index] ?? '';
    const others = otherKeys[index] ?? [];
    if (key.startsWith(folded) || others.some((other) => other.startsWith(folded))) starts.push(places[index]!);
    else if (
      wordStarts.length < limit &&
      (key.includes(wordStart) || others.some((other) => other.includes(wordStart)))
    )
      wordStarts.push(places[index]!);
  }
  return [...starts, ...wordStarts].slice(0, limit);
}

/** A place the article names, with the passages it appears in. */
export interface NamedPlace {
  place: GazetteerPlace;
  /** The name as the article writes it. */
  asWritten: string;
  passageIds: string[];
}

/** Shorter capitalised words ("UN", "We") are far more often not places. */
const MIN_NAME_LENGTH = 4;
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}/gu;

/**
 * The gazetteer's places whose names stand in the article's body passages, as runs of one to three capitalised words,
 * the most populous place of each name, in the order the article first names them.
 */
export function placesNamedIn(gazetteer: Gazetteer, passages: readonly Passage[]): NamedPlace[] {
  const byName = new Map<string, GazetteerPlace>();
  const prominent = (place: GazetteerPlace) => place.seat || place.rank < MOST_PROMINENT;
  gazetteer.places.forEach((place, index) => {
    const key = gazetteer.keys[index] ?? '';
    if (!byName.has(key) && prominent(place)) byName.set(key, place);
  });
  // Then other names ("Bombay" for Mumbai), for names no place bears as its own: a place's own name comes first.
  gazetteer.places.forEach((place, index) => {
    for (const key of gazetteer.otherKeys[index] ?? [])
      if (!byName.has(key) && prominent(place)) byName.set(key, place);
  });
  const lowerCaseWords = new Set(
    passages.flatMap((passage) => passage.text.match(/(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu) ?? []),
  );
  const found = new Map<GazetteerPlace, NamedPlace>();
  for (const passage of passages) {
    if (passage.role !== 'body') continue;
    for (const match of passage.text.matchAll(CAPITALISED_RUN)) {
      const words = match[0].split(/\s+/);
      // A name is the whole capitalised run ("Northtown", "Port Said"), or what follows a sentence's first word when
      // that word is capitalised only for starting the sentence ("In Northtown": a short word, or one the article also
      // writes in lower case); a word inside a longer name is not ("Miller" in "Jane Miller", or in "Matthew Miller"
      // at a sentence's start, "Council" in "Security Council").
      const before = passage.text.slice(0, match.index).trimEnd();
      const startsSentence = before === '' || /[.!?:;"“(]$/.test(before);
      const first = words[0] ?? '';
      const capitalisedForTheSentence = first.length <= 3 || lowerCaseWords.has(first.toLowerCase());
      const candidates =
        startsSentence && capitalisedForTheSentence && words.length > 1 ? [words, words.slice(1)] : [words];
      for (const candidate of candidates) {
        const asWritten = candidate.join(' ').replace(/[’']s$/, '');
        // A name the article also writes in lower case ("Council", "council") is a word, not a place.
        const key = foldName(asWritten);
        if (key.length < MIN_NAME_LENGTH || lowerCaseWords.has(key)) continue;
        const place = byName.get(key);
        if (place === undefined) continue;
        const named = found.get(place) ?? { place, asWritten, passageIds: [] };
        if (!named.passageIds.includes(passage.id)) named.passageIds.push(passage.id);
        found.set(place, named);
      }
    }
  }
  return [...found.values()];
}
