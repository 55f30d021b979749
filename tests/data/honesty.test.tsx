import { englishI18n } from '../../src/i18n/i18n.ts';
// @vitest-environment jsdom
import { bearing, distance } from '@turf/turf';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkStoryHonesty } from '../../src/data/load/checkStoryHonesty.ts';
import { describeGeoPrecision, isApproximatePlace } from '../../src/data/words/describeGeoPrecision.ts';
import { formatIncidentTime } from '../../src/data/time/formatIncidentTime.ts';
import { partyMarks } from '../../src/data/symbols/partyMarks.ts';
import { incidentIcon } from '../../src/map/layers/incidentIcon.ts';
import type { Incident } from '../../src/model/incident.ts';
import { StorySchema, type Story } from '../../src/model/story.ts';
import { IncidentPopupContent } from '../../src/panels/incident/IncidentPopupContent.tsx';
import { readGenerated } from './readGenerated.ts';
import { englishChecksI18n } from '../../src/i18n/englishChecks.ts';

// The built story, as readers get it: each rule below failed on it before the honesty fixes, and fails if they go.
const story: Story = StorySchema.parse(readGenerated('iran-pakistan-2024', 'story.json'));
const incidents = story.incidents.features;

function incident(id: string): Incident {
  const found = incidents.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`the built story has no incident ${id}`);
  return found;
}

function popupText(of: Incident): string {
  const { container, unmount } = render(
    <IncidentPopupContent incident={of.properties} passages={story.article.passages} />,
  );
  const text = container.textContent ?? '';
  unmount();
  return text;
}

function allQuotedWords(of: Incident): string[] {
  const { claims, casualties, place } = of.properties;
  return [...claims, ...casualties, ...(place.reportedDistances ?? [])].flatMap(({ citation }) =>
    citation.type === 'outside' ? [citation.words ?? ''] : [citation.quote.exact],
  );
}

describe('the built story says no more than its sources', () => {
  it('passes the honesty rules the data build enforces', () => {
    expect(checkStoryHonesty(story, 'story', englishChecksI18n)).toEqual([]);
  });

  it('never draws an approximate place with the mark of an exact one', () => {
    const marks = partyMarks(story.incidents);
    for (const { properties } of incidents.filter((candidate) => candidate.geometry !== null)) {
      const mark = marks.get(properties.actors.initiator.party);
      if (mark === undefined) throw new Error(`no mark for ${properties.actors.initiator.party}`);
      const approximate = isApproximatePlace(properties.place);
      expect(approximate, properties.id).toBe(properties.place.geoPrecision !== 1);
      const className = incidentIcon(properties.kind, mark, approximate).options.className ?? '';
      expect(className.includes('incident-icon--approximate'), properties.id).toBe(approximate);
    }
  });

  it('says first what an approximate marker stands on, and that the event was elsewhere', () => {
    for (const id of ['strike-panjgur-2024-01-16', 'strike-saravan-2024-01-18']) {
      const { point } = incident(id).properties.place;
      expect(point?.role, id).toBe('nearby-place');
      const text = popupText(incident(id));
      const title = incident(id).properties.title;
      expect(text.indexOf(`Marker on ${point?.on ?? ''}; the strike was in a`), id).toBeGreaterThan(
        text.indexOf(title),
      );
      expect(text.indexOf('Marker on'), id).toBeLessThan(text.indexOf(incident(id).properties.place.name));
    }
  });

  it('calls only an event’s own site exact: a city standing for where words were issued is not', () => {
    for (const { id, properties } of incidents) {
      const words = describeGeoPrecision(properties.place, englishI18n);
      if (words === 'Exact site') expect(properties.place.point?.role, id).toBe('site');
    }
    expect(incident('statement-foreign-ministers-call-2024-01-19').properties.place.point?.role).toBe('where-issued');
    expect(incident('reference-tehran').properties.place.point?.role).toBe('reference-place');
  });

  it('names what a computed distance was measured from, and leaves it out far from the border', () => {
    for (const candidate of incidents) {
      const text = popupText(candidate);
      const { point } = candidate.properties.place;
      if (point?.role !== 'site') {
        for (const [phrase] of text.matchAll(/about \d[\d,]* km from the Iran/g)) {
          expect(text, `${candidate.id}: ${phrase}`).toContain(`${point?.on ?? 'The marker'} is ${phrase}`);
        }
      }
    }
    expect(popupText(incident('strike-panjgur-2024-01-16'))).toContain(
      'Panjgur town is about 79 km from the Iran–Pakistan border',
    );
    expect(popupText(incident('strike-erbil-2024-01-15'))).not.toMatch(/km from the Iran/);
    expect(popupText(incident('strike-idlib-2024-01-15'))).not.toMatch(/km from the Iran/);
  });

  it('gives the distances the sources report for the event, each with who gave it', () => {
    const saravan = popupText(incident('strike-saravan-2024-01-18'));
    expect(saravan).toContain(
      "Iran's Interior Minister Ahmad Vahidi, via Xinhua: 3–4 km from the border with Pakistan.",
    );
    const panjgur = popupText(incident('strike-panjgur-2024-01-16'));
    expect(panjgur).toContain('Two Pakistani security officials, speaking to AP: about 50 km from the border');
    expect(panjgur).toContain('Levies officials, via Arab News: about 40 km from the border');
  });

  it('puts the event’s reported distance on the popup’s first screen, before the stand-in’s computed one', () => {
    for (const [id, reported, standIn] of [
      ['strike-saravan-2024-01-18', '3–4 km from the border with Pakistan', 'Saravan city is about'],
      ['strike-panjgur-2024-01-16', 'about 50 km from the border', 'Panjgur town is about'],
    ] as const) {
      const { container, unmount } = render(
        <IncidentPopupContent incident={incident(id).properties} passages={story.article.passages} />,
      );
      const record = container.querySelector('details');
      record?.remove();
      const firstScreen = container.textContent ?? '';
      unmount();
      expect(firstScreen, id).toContain(`Reported: ${reported}`);
      expect(firstScreen.indexOf(`Reported: ${reported}`), id).toBeLessThan(firstScreen.indexOf(standIn));
    }
  });

  it('never says "within" of an area no source bounds', () => {
    for (const candidate of incidents) {
      if (candidate.properties.place.uncertaintyBoundSourceId !== undefined) continue;
      const text = popupText(candidate);
      expect(text, candidate.id).not.toMatch(/\bwithin about\b/);
      expect(candidate.properties.place.description, candidate.id).not.toMatch(/circle covers/);
    }
  });

  it('prints each time zone once, unambiguously, with no bare abbreviation', () => {
    for (const { id, properties } of incidents) {
      if (properties.when === null || properties.when.time === null) continue;
      const printed = formatIncidentTime(properties.when, englishI18n);
      const offsets = printed.match(/UTC[+-]\d+(:\d\d)?/g) ?? [];
      expect(offsets, `${id}: ${printed}`).toHaveLength(1);
      expect(printed, id).not.toMatch(/\b(AST|PKT|IRST|EST)\b/);
    }
  });

  it('shows a toll officials revised as a revision, and keeps "depending on who is counting" for rival accounts', () => {
    const saravan = popupText(incident('strike-saravan-2024-01-18'));
    expect(saravan).toContain('Killed: 10');
    expect(saravan).not.toMatch(/Killed: [^.]*depending on who is counting/);
    expect(saravan).toContain('Iranian officials revised their count over time: 7 → 9 → 10.');
    const panjgur = popupText(incident('strike-panjgur-2024-01-16'));
    expect(panjgur).toContain('Injured: 3–4, depending on who is counting');
  });

  it('quotes the words of every outside source it cites, or says it paraphrases', () => {
    for (const candidate of incidents) {
      const { claims, casualties, place } = candidate.properties;
      for (const { citation } of [...claims, ...casualties, ...(place.reportedDistances ?? [])]) {
        if (citation.type !== 'outside') continue;
        expect(citation.words !== undefined || citation.paraphrase === true, candidate.id).toBe(true);
      }
    }
  });
});

describe('the records the careful reader corrected', () => {
  it('Erbil: the marker is north-east of the city centre, as its description says', () => {
    // Erbil city centre, 36.19 N 44.01 E (research notes, "Reference points for the map").
    const centre = [44.01, 36.19];
    const marker = incident('strike-erbil-2024-01-15').geometry?.coordinates ?? [];
    const degrees = bearing(centre, marker);
    expect(degrees).toBeGreaterThan(22.5);
    expect(degrees).toBeLessThan(67.5);
    expect(Math.round(distance(centre, marker))).toBe(17);
    const { description } = incident('strike-erbil-2024-01-15').properties.place;
    expect(description).toContain(`about 17 km north-east (bearing about ${Math.round(degrees)}°)`);
  });

  it('Erbil: the 17 injured are credited to a source whose own words say 17', () => {
    const { casualties, sources } = incident('strike-erbil-2024-01-15').properties;
    const seventeen = casualties.find((figure) => figure.injured?.value === 17);
    expect(seventeen?.claimedBy).not.toMatch(/as cited by/);
    expect(seventeen?.citation).toMatchObject({ type: 'outside', sourceId: 'rudaw-irgc-claims-erbil' });
    expect(seventeen?.citation.type === 'outside' && seventeen.citation.words).toContain('17 injured');
    expect(sources.find((source) => source.id === 'rudaw-irgc-claims-erbil')?.publisher).toBe('Rudaw');
  });

  it('Idlib: the Civil Defence’s own count and Anadolu’s account of it stand side by side as a disagreement', () => {
    const { claims, notes } = incident('strike-idlib-2024-01-15').properties;
    const own = claims.find((claim) => claim.id === 'idlib-civil-defence-own-report');
    const anadolu = claims.find((claim) => claim.id === 'idlib-civil-defence-via-anadolu');
    expect(own?.statement).toMatch(/two struck the disused clinic and a third fell beside it/);
    expect(anadolu?.statement).toMatch(/three missiles hit it directly and a fourth landed nearby/);
    expect(notes.some((note) => note.includes('The two accounts disagree'))).toBe(true);
  });

  it('Panjgur: whoever is named as striking is named by a source, and the mosque and AP’s distance are cited', () => {
    const panjgur = incident('strike-panjgur-2024-01-16');
    const { actors, when } = panjgur.properties;
    const words = allQuotedWords(panjgur).join(' ');
    if (/IRGC|Revolutionary Guard/.test(actors.initiator.name)) expect(words).toMatch(/Revolutionary Guard/);
    expect(words).toMatch(/mosque/);
    expect(words).toMatch(/about 50 km \(30 miles\) inside the border/);
    expect(when?.note).toMatch(/^The 17:30 time rests on one source/);
  });

  it('Saravan: the article’s words are not called its only mention, and its one casualty sentence is cited', () => {
    const { claims } = incident('strike-saravan-2024-01-18').properties;
    for (const claim of claims) expect(claim.statement, claim.id).not.toMatch(/only (mention|statement)/);
    expect(claims.find((claim) => claim.id === 'saravan-article-p1-bases')?.statement).toMatch(
      /never gives its place, date or toll/,
    );
    const p7 = claims.find((claim) => claim.citation.type === 'article' && claim.citation.quote.passageId === 'p7');
    expect(p7?.citation.type === 'article' && p7.citation.quote.exact).toMatch(/caused casualties on both sides$/);
  });

  it('the call: the title says who said they agreed, and Iran’s own account of the call is there', () => {
    const { title, claims } = incident('statement-foreign-ministers-call-2024-01-19').properties;
    expect(title).toMatch(/^Islamabad says/);
    expect(claims.some((claim) => claim.by.startsWith("Iran's Foreign Minister Hossein Amir-Abdollahian"))).toBe(true);
  });

  it('the tour says what the map draws, and cites the article’s one sentence on casualties on both sides', () => {
    const steps = new Map((story.tour?.steps ?? []).map((step) => [step.id, step]));
    expect(steps.get('panjgur')?.text).toContain('hollow marker');
    expect(isApproximatePlace(incident('strike-panjgur-2024-01-16').properties.place)).toBe(true);
    expect(steps.get('saravan')?.text).not.toMatch(/says only/);
    // Its first sentence calls both sides' strikes "deadly": no other sentence is the article's "only" word on it.
    const saravanQuestions = (steps.get('saravan')?.questions ?? []).map((question) => question.question);
    const saravanWords = [steps.get('saravan')?.text ?? '', ...saravanQuestions];
    for (const words of saravanWords) expect(words).not.toMatch(/only (statement|sentence|one) that/);
    expect(steps.get('saravan')?.quotes.map((quote) => quote.exact)).toContain(
      "terrorist bases in each other's territories with deadly missile strikes",
    );
    expect(steps.get('saravan')?.quotes.map((quote) => quote.passageId)).toContain('p7');
  });

  it('labels drawing aids and whose borders the offline map draws', () => {
    const band = story.regions.features.find((region) => region.properties.kind === 'border-band');
    expect(band?.properties.note).toMatch(/visual aid chosen by the map's authors.*not a legal or military zone/);
    expect(story.credits.some((credit) => credit.note?.includes("Natural Earth's de facto lines"))).toBe(true);
  });
});

describe('the questions for students', () => {
  const questions = (story.tour?.steps ?? []).flatMap((step) => step.questions ?? []);

  it('ask what the classroom needs, each with an answer that cites words', () => {
    const asked = questions.map((question) => question.question).join('\n');
    expect(asked).toMatch(/Who says how many people were killed .* why do the numbers differ\?/);
    expect(asked).toMatch(/Which of its words say that strike cost lives too\?/);
    expect(asked).toMatch(/What does the article not say that the map has to take from elsewhere\?/);
    for (const question of questions) expect(question.answer?.citations.length, question.id).toBeGreaterThan(0);
  });
});
