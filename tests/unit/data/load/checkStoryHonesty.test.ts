import { describe, expect, it } from 'vitest';
import { checkStoryHonesty } from '../../../../src/data/load/checkStoryHonesty.ts';
import type { Incident } from '../../../../src/model/incident.ts';
import { IncidentSchema } from '../../../../src/model/incident.ts';
import type { Story } from '../../../../src/model/story.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

function storyWith(change: (panjgur: Incident) => void): Story {
  const story = fixtureStory();
  const [panjgur] = story.incidents.features;
  if (panjgur === undefined) throw new Error('the fixture has no incidents');
  change(panjgur);
  return story;
}

function messages(story: Story): string[] {
  return checkStoryHonesty(story, 'story', englishChecksI18n).map((problem) => `${problem.path}: ${problem.message}`);
}

describe('checkStoryHonesty', () => {
  it('finds nothing wrong in an honest story', () => {
    expect(messages(fixtureStory())).toEqual([]);
  });

  it('asks every map point to say what it stands for', () => {
    const story = storyWith((panjgur) => {
      delete panjgur.properties.place.point;
    });
    expect(messages(story)).toEqual([expect.stringMatching(/place\.point: a map point says what it stands for/)]);
  });

  it('refuses a stand-in point that does not say where the event was', () => {
    const story = storyWith((panjgur) => {
      panjgur.properties.place.point = { role: 'nearby-place', on: 'Panjgur town', eventWas: null };
    });
    expect(messages(story)).toEqual([expect.stringMatching(/point\.eventWas: .*say where the event itself was/)]);
  });

  it('keeps the reference-place role for reference places, and reference places to it', () => {
    const story = storyWith((panjgur) => {
      panjgur.properties.place.point = { role: 'reference-place', on: 'Panjgur', eventWas: null };
    });
    expect(messages(story)).toEqual([expect.stringMatching(/point\.role: a reference place, and only/)]);
  });

  it('asks an approximate place for the radius of its area, which a file may leave out but an author may not', () => {
    const story = storyWith((panjgur) => {
      panjgur.properties.place.uncertaintyRadiusKm = null;
    });
    expect(IncidentSchema.safeParse(story.incidents.features[0]).success).toBe(true);
    expect(messages(story)).toEqual([expect.stringMatching(/uncertaintyRadiusKm: an approximate place .* radius/)]);
  });

  it('asks an authored story to say how precise each point is', () => {
    const story = storyWith((panjgur) => {
      Object.assign(panjgur.properties.place, { geoPrecision: 'unknown', uncertaintyRadiusKm: null });
      delete panjgur.properties.place.point;
      panjgur.properties.place.point = { role: 'nearby-place', on: 'Panjgur town', eventWas: 'somewhere near' };
    });
    expect(IncidentSchema.safeParse(story.incidents.features[0]).success).toBe(true);
    expect(messages(story)).toEqual([expect.stringMatching(/geoPrecision: say how precise the point is/)]);
  });

  it('refuses a time zone given only as an ambiguous abbreviation', () => {
    const story = storyWith((panjgur) => {
      if (panjgur.properties.when !== null) panjgur.properties.when.zone = 'AST';
    });
    expect(messages(story)).toEqual([expect.stringMatching(/when\.zone: "AST" is an abbreviation/)]);
  });

  it('asks an outside citation for the source’s words, or to say it paraphrases', () => {
    const unquoted = storyWith((panjgur) => {
      panjgur.properties.claims.push({
        id: 'unquoted',
        by: 'Someone',
        statement: 'Something.',
        citation: { type: 'outside', sourceId: 'dawn' },
      });
    });
    expect(messages(unquoted)).toEqual([expect.stringMatching(/claims\[\d+\].*citation: an outside citation quotes/)]);
    const paraphrased = storyWith((panjgur) => {
      panjgur.properties.claims.push({
        id: 'paraphrased',
        by: 'Someone',
        statement: 'Something.',
        citation: { type: 'outside', sourceId: 'dawn', paraphrase: true },
      });
    });
    expect(messages(paraphrased)).toEqual([]);
  });

  it('wants a bounded uncertainty area to name one of the incident’s sources', () => {
    const story = storyWith((panjgur) => {
      panjgur.properties.place.uncertaintyBoundSourceId = 'nowhere';
    });
    expect(messages(story)).toEqual([expect.stringMatching(/uncertaintyBoundSourceId: names no source/)]);
  });
});

describe('the place schema', () => {
  it('refuses a point on "the site itself" for a place known only to a town', () => {
    const [panjgur] = fixtureStory().incidents.features;
    const claimed = structuredClone(panjgur);
    if (claimed === undefined) throw new Error('the fixture has no incidents');
    claimed.properties.place.point = { role: 'site', on: 'the village', eventWas: null };
    const result = IncidentSchema.safeParse(claimed);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['properties.place.point.role']);
  });

  it('refuses a point for an incident that has no place on the map', () => {
    const statement = fixtureStory().incidents.features.find((candidate) => candidate.geometry === null);
    const claimed = structuredClone(statement);
    if (claimed === undefined) throw new Error('the fixture has no unplaced incident');
    claimed.properties.place.point = { role: 'where-issued', on: 'New York', eventWas: 'said there' };
    expect(IncidentSchema.safeParse(claimed).success).toBe(false);
  });
});
