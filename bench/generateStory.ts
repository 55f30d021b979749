import type { Incident, IncidentKind } from '../src/model/incident.ts';
import type { QuoteAnchor } from '../src/model/quoteAnchor.ts';
import type { Story } from '../src/model/story.ts';

/** Where generated incidents fall: the region of the real story, [west, south, east, north] in degrees. */
export const GENERATED_AREA = [35, 23, 75, 38] as const;

/** A deterministic PRNG (mulberry32): the same seed gives the same story on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every quote the real story cites from its article: generated claims cite these, so they resolve. */
export function articleQuotesOf(story: Story): QuoteAnchor[] {
  const seen = new Set<string>();
  const quotes: QuoteAnchor[] = [];
  for (const incident of story.incidents.features) {
    const { claims, casualties } = incident.properties;
    for (const { citation } of [...claims, ...casualties]) {
      if (citation.type !== 'article') continue;
      const key = JSON.stringify(citation.quote);
      if (seen.has(key)) continue;
      seen.add(key);
      quotes.push(citation.quote);
    }
  }
  return quotes;
}

interface Seed {
  party: string;
  initiatorName: string;
  position: [number, number];
}

/** The real incidents' places and initiators: generated ones gather around them, as real reports do. */
function seedsOf(story: Story): Seed[] {
  return story.incidents.features.flatMap((incident) =>
    incident.geometry === null
      ? []
      : [
          {
            party: incident.properties.actors.initiator.party,
            initiatorName: incident.properties.actors.initiator.name,
            position: incident.geometry.coordinates,
          },
        ],
  );
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** A normal deviate (Box–Muller), for the scatter around a seed. */
function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function positionNear(seed: Seed, random: () => number): [number, number] {
  const [west, south, east, north] = GENERATED_AREA;
  // Seven in ten gather around a real place (about 150 km spread), the rest anywhere in the area.
  const nearSeed = random() < 0.7;
  const longitude = nearSeed ? seed.position[0] + gaussian(random) * 1.5 : west + random() * (east - west);
  const latitude = nearSeed ? seed.position[1] + gaussian(random) * 1.5 : south + random() * (north - south);
  return [Number(clamp(longitude, west, east).toFixed(4)), Number(clamp(latitude, south, north).toFixed(4))];
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

function generatedIncident(index: number, seed: Seed, quote: QuoteAnchor, random: () => number): Incident {
  const kind: IncidentKind = random() < 0.8 ? 'strike' : 'statement';
  const number = String(index + 1).padStart(6, '0');
  const id = `generated-${kind}-${number}`;
  const [longitude, latitude] = positionNear(seed, random);
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: {
      id,
      kind,
      title: `Generated ${kind} ${number}`,
      summary: `A generated ${kind} for the performance bench.`,
      when: {
        date: `2024-01-${twoDigits(15 + Math.floor(random() * 6))}`,
        time: `${twoDigits(Math.floor(random() * 24))}:${twoDigits(Math.floor(random() * 60))}`,
        utcOffset: '+03:30',
        zone: 'IRST',
        precision: 'approximate',
        note: null,
      },
      place: {
        name: `Bench place ${number}`,
        variants: [],
        description: 'A generated point.',
        geoPrecision: 1,
        uncertaintyRadiusKm: null,
        coordinateSourceId: null,
      },
      actors: {
        initiator: { name: seed.initiatorName, party: seed.party },
        target: null,
        targetCountry: null,
      },
      claims: [
        {
          id: `${id}-claim`,
          by: 'The article',
          statement: 'The article says so.',
          citation: { type: 'article', quote },
        },
      ],
      casualties: [],
      sources: [],
      notes: [],
    },
  };
}

/**
 * A story like `base` (same article, regions, credits and default view) with `count` generated incidents instead of its
 * own. Every incident is a strike or statement at an exact point (no uncertainty circle), initiated by one of the real
 * story's parties, with one claim citing a real quote of the article, so the story passes StorySchema and
 * checkStoryReferences. The tour is dropped: it would point at the real incidents.
 */
export function generateStory(base: Story, count: number, seedNumber = 2024): Story {
  const random = seededRandom(seedNumber);
  const seeds = seedsOf(base);
  const quotes = articleQuotesOf(base);
  if (seeds.length === 0) throw new Error(`story ${base.id} has no incident with a place to gather around`);
  if (quotes.length === 0) throw new Error(`story ${base.id} cites no article quote to reuse`);
  const features = Array.from({ length: count }, (_, index) => {
    const seed = seeds[Math.floor(random() * seeds.length)] ?? seeds[0];
    const quote = quotes[index % quotes.length] ?? quotes[0];
    if (seed === undefined || quote === undefined) throw new Error('unreachable: seeds and quotes are not empty');
    return generatedIncident(index, seed, quote, random);
  });
  return {
    ...base,
    title: `${base.title} (bench: ${count.toLocaleString('en')} generated incidents)`,
    incidents: { type: 'FeatureCollection', features },
    tour: null,
  };
}
