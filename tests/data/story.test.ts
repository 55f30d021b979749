import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { checkStoryReferences } from '../../src/data/load/checkStoryReferences.ts';
import { findQuote } from '../../src/data/quotes/findQuote.ts';
import type { Citation, Incident } from '../../src/model/incident.ts';
import type { QuoteAnchor } from '../../src/model/quoteAnchor.ts';
import { StorySchema, type Story } from '../../src/model/story.ts';
import { distanceToLineKm } from '../../geo/geometry/distanceToLineKm.ts';
import { readGenerated } from './readGenerated.ts';
import { englishChecksI18n } from '../../src/i18n/englishChecks.ts';

const story: Story = StorySchema.parse(readGenerated('iran-pakistan-2024', 'story.json'));
const incidents = story.incidents.features;
const strikes = incidents.filter((incident) => incident.properties.kind === 'strike');

/** Natural Earth 1:10m countries, read here rather than through the build, to check the build's answers. */
function worldCountries(): Feature<Polygon | MultiPolygon, { name: string }>[] {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const countries = topology.objects.countries;
  if (countries === undefined) throw new Error('world-atlas has no countries');
  const collection = feature(topology, countries);
  if (collection.type !== 'FeatureCollection') throw new Error('countries is not a collection');
  return collection.features as Feature<Polygon | MultiPolygon, { name: string }>[];
}

function articleQuotes(): { incident: Incident | null; quote: QuoteAnchor }[] {
  const fromCitation = (incident: Incident, citation: Citation) =>
    citation.type === 'article' ? [{ incident, quote: citation.quote }] : [];
  return [
    ...incidents.flatMap((incident) => [
      ...incident.properties.claims.flatMap((claim) => fromCitation(incident, claim.citation)),
      ...incident.properties.casualties.flatMap((figure) => fromCitation(incident, figure.citation)),
    ]),
    ...(story.tour?.steps ?? []).flatMap((step) => step.quotes.map((quote) => ({ incident: null, quote }))),
  ];
}

function passageText(id: string): string {
  const passage = story.article.passages.find((candidate) => candidate.id === id);
  if (passage === undefined) throw new Error(`no passage ${id}`);
  return passage.text;
}

function weekdayOf(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
}

function citesArticle(incident: Incident, passageId: string, words: string): boolean {
  return incident.properties.claims.some(
    ({ citation }) =>
      citation.type === 'article' && citation.quote.passageId === passageId && citation.quote.exact.includes(words),
  );
}

describe('the built story', () => {
  it('is valid and every reference in it resolves', () => {
    expect(checkStoryReferences(story, 'story.json', englishChecksI18n)).toEqual([]);
  });

  it('quotes the article verbatim, from body passages only, never the "Also Read" aside', () => {
    const quotes = articleQuotes();
    expect(quotes.length).toBeGreaterThan(0);
    const asides = story.article.passages.filter((passage) => passage.role === 'aside').map((passage) => passage.id);
    expect(asides).toEqual(['p4']);
    for (const { quote } of quotes) {
      expect(asides).not.toContain(quote.passageId);
      expect(findQuote(quote, passageText(quote.passageId)), quote.exact).not.toBeNull();
    }
  });

  it('puts each strike in the country it targeted', () => {
    const countries = worldCountries();
    expect(strikes.length).toBeGreaterThan(0);
    for (const strike of strikes) {
      const { geometry, properties } = strike;
      const target = countries.find((country) => country.properties.name === properties.actors.targetCountry);
      expect(target, `${strike.id} targets a country world-atlas knows`).toBeDefined();
      expect(geometry).not.toBeNull();
      if (geometry === null || target === undefined) continue;
      expect(booleanPointInPolygon(geometry.coordinates, target), strike.id).toBe(true);
      expect(properties.context?.country).toBe(properties.actors.targetCountry);
    }
  });

  it('places the cross-border strikes in the provinces on either side of the border', () => {
    const provinceOf = { Pakistan: 'Balochistan', Iran: 'Sistan and Baluchestan' } as const;
    const borderStrikes = strikes.filter(({ properties }) => (properties.actors.targetCountry ?? '') in provinceOf);
    expect(borderStrikes.map(({ properties }) => properties.actors.targetCountry).sort()).toEqual(['Iran', 'Pakistan']);
    for (const strike of borderStrikes) {
      const expected = provinceOf[strike.properties.actors.targetCountry as keyof typeof provinceOf];
      expect(strike.properties.context?.province, strike.id).toBe(expected);
      const region = story.regions.features.find((candidate) => candidate.properties.name === expected);
      if (region === undefined || strike.geometry === null || region.geometry.type.includes('Line')) {
        throw new Error(`no province region "${expected}"`);
      }
      expect(booleanPointInPolygon(strike.geometry.coordinates, region.geometry as Polygon | MultiPolygon)).toBe(true);
    }
  });

  it('gives distances to the border that agree with the research notes', () => {
    // strike-facts.md §1 and §2(c): Saravan city is about 42 km from the border, Panjgur town about 79 km.
    const researchKm = { Iran: 42, Pakistan: 79 } as const;
    const border = story.regions.features.find((region) => region.properties.kind === 'border')?.geometry;
    if (border?.type !== 'LineString' && border?.type !== 'MultiLineString') throw new Error('no border line');
    for (const strike of strikes) {
      const { geometry, properties } = strike;
      if (geometry === null) continue;
      const distanceKm = properties.context?.distanceToBorderKm;
      expect(distanceKm, strike.id).toBeCloseTo(distanceToLineKm(geometry.coordinates, border), 1);
      const expectedKm = researchKm[properties.actors.targetCountry as keyof typeof researchKm];
      if (expectedKm !== undefined) expect(Math.abs((distanceKm ?? 0) - expectedKm), strike.id).toBeLessThan(5);
    }
  });

  it('measures the border shorter than its published 909–959 km, as generalised data must', () => {
    const border = story.regions.features.find((region) => region.properties.kind === 'border');
    expect(border?.properties.lengthKm).toBeGreaterThan(700);
    expect(border?.properties.lengthKm).toBeLessThan(909);
  });

  it('has no computed context for an incident without a place', () => {
    for (const { geometry, properties } of incidents) {
      if (geometry !== null) continue;
      expect(properties.context).toMatchObject({ country: null, province: null, distanceToBorderKm: null });
    }
  });

  it('dates everything between 15 and 19 January 2024', () => {
    for (const { id, properties } of incidents) {
      if (properties.kind === 'reference') {
        expect(properties.when, `${id}: a reference place has no date`).toBeNull();
        continue;
      }
      expect(properties.when, id).not.toBeNull();
      if (properties.when === null) continue;
      expect(properties.when.date >= '2024-01-15' && properties.when.date <= '2024-01-19', id).toBe(true);
    }
  });

  it("agrees with the article's weekdays", () => {
    const cases = [
      {
        words: 'On Monday, Iran launched a missile attack into Iraq',
        passageId: 'p9',
        weekday: 'Monday',
        // p9: "into Iraq ... as well as into northern Syria".
        incidents: strikes.filter(({ properties }) =>
          ['Iraq', 'Syria'].includes(properties.actors.targetCountry ?? ''),
        ),
      },
      {
        words: 'On Tuesday, Iran carried out raids',
        passageId: 'p6',
        weekday: 'Tuesday',
        incidents: strikes.filter(({ properties }) => properties.actors.targetCountry === 'Pakistan'),
      },
      {
        words: 'Islamabad said on Friday',
        passageId: 'p1',
        weekday: 'Friday',
        incidents: incidents.filter(
          (incident) => incident.properties.kind === 'statement' && citesArticle(incident, 'p1', 'de-escalate'),
        ),
      },
    ];
    for (const { words, passageId, weekday, incidents: dated } of cases) {
      expect(passageText(passageId)).toContain(words);
      expect(dated.length, words).toBeGreaterThan(0);
      for (const incident of dated) expect(weekdayOf(incident.properties.when?.date ?? ''), incident.id).toBe(weekday);
    }
  });
});
