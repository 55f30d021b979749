import type { IncidentCollection } from '../../model/incident.ts';

/** How a party is told apart on the map: a colour, and two letters for readers who cannot tell the colours apart. */
export interface PartyMark {
  colour: string;
  glyph: string;
}

/**
 * The Okabe–Ito palette, chosen to stay distinct for the common colour-vision deficiencies; the glyph carries the
 * party when colour does not. Orange and sky blue come last: white glyphs are hard to read on them.
 */
const PALETTE = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#000000', '#E69F00', '#56B4E9'] as const;

/**
 * Two letters, because one letter alone reads badly in a burst ("I" looks like "!"): "United Nations" → "UN",
 * "Ruritania" → "RU"; the first and third letters ("RR" for Rurik after Ruritania) when the short form is already taken.
 */
function glyphOf(party: string, taken: ReadonlySet<string>): string {
  const words = party.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  const short = (words.length > 1 ? `${words[0]?.[0]}${words[1]?.[0]}` : party.slice(0, 2)).toUpperCase();
  return taken.has(short) ? `${party[0] ?? ''}${party[2] ?? ''}`.toUpperCase() : short;
}

/**
 * A mark for every party that initiated an incident, assigned in alphabetical order so that the same story always
 * gets the same colours. Beyond the palette's length colours repeat, and only the glyph tells parties apart.
 */
export function partyMarks(incidents: IncidentCollection): ReadonlyMap<string, PartyMark> {
  const parties = [...new Set(incidents.features.map((incident) => incident.properties.actors.initiator.party))];
  parties.sort((a, b) => a.localeCompare(b, 'en'));
  const marks = new Map<string, PartyMark>();
  const glyphs = new Set<string>();
  parties.forEach((party, index) => {
    const glyph = glyphOf(party, glyphs);
    glyphs.add(glyph);
    marks.set(party, { colour: PALETTE[index % PALETTE.length] ?? '#000000', glyph });
  });
  return marks;
}
