import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/data/load/validateStory.ts';
import { applyArticleText } from '../../../src/editor/article/applyArticleText.ts';
import { citeAsClaim, citeAsNewIncident } from '../../../src/editor/cite/citeQuote.ts';
import { checkDraft, storyFromDraft } from '../../../src/editor/draft/checkDraft.ts';
import {
  draftFromStory,
  emptyDraft,
  withArticle,
  withIncident,
  withStory,
} from '../../../src/editor/draft/storyDraft.ts';
import { storyDownload } from '../../../src/editor/keep/storyDownload.ts';
import { choosePrecision, placeAtGazetteerPlace } from '../../../src/editor/place/placeOperations.ts';
import type { Incident } from '../../../src/model/incident.ts';
import { StorySchema } from '../../../src/model/story.ts';
import { englishChecksI18n } from '../../../src/i18n/englishChecks.ts';

const shipped = StorySchema.parse(
  JSON.parse(readFileSync(new URL('../../../public/data/iran-pakistan-2024/story.json', import.meta.url), 'utf8')),
);
const seedArticle = readFileSync(new URL('../../fixtures/editor/seed-article.txt', import.meta.url), 'utf8');
const ERBIL_WORDS =
  'On Monday, Iran launched a missile attack into Iraq close to the US Consulate complex in the city of Irbil';

function seedDraft() {
  const result = applyArticleText({ ...emptyDraft('test', englishChecksI18n), articleText: seedArticle });
  if (result.status !== 'applied') throw new Error(result.message);
  return result.draft;
}

describe('a draft of the built story', () => {
  it('is the shipped story, unchanged, when nothing was edited: no problems, nothing recomputed', () => {
    const check = checkDraft(draftFromStory('k', shipped), englishChecksI18n);
    expect(check.problems).toEqual([]);
    expect(check.story).toEqual(shipped);
  });

  it('gets the same passages back from its text, with the aside kept and every quote where it was', () => {
    const draft = draftFromStory('k', shipped);
    const result = applyArticleText(draft);
    expect(result.status).toBe('applied');
    if (result.status !== 'applied') return;
    expect(result.lost).toEqual([]);
    expect(result.moved).toBe(0);
    expect(result.draft.story.article.passages).toEqual(shipped.article.passages);
    expect(result.draft.story.incidents).toEqual(shipped.incidents);
  });
});

describe('a new story made from the seed article', () => {
  it('has the passages the data build makes from the same text', () => {
    expect(seedDraft().story.article.passages).toEqual(shipped.article.passages);
  });

  it('lists what is missing, by record and field, and is downloaded as a draft until it is fixed', () => {
    const draft = citeAsNewIncident(seedDraft(), { passageId: 'p9', exact: ERBIL_WORDS }).draft;
    const check = checkDraft(draft, englishChecksI18n);
    expect(check.story).toBeNull();
    const paths = check.problems.map((problem) => problem.path);
    expect(paths).toContain('title');
    expect(paths).toContain('incidents.features[0] (id "incident-1") › properties.title');
    expect(paths).toContain('incidents.features[0] (id "incident-1") › properties.when.date');
    expect(paths).toContain('incidents.features[0] (id "incident-1") › properties.claims[0] (id "claim-1") › by');
    const file = storyDownload(draft, check);
    expect(file.isDraft).toBe(true);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'citemap-story-draft', story: { id: 'my-story' } });
  });

  it('validates with the viewer’s own validateStory once filled in, with GeoNames credited', () => {
    const { draft: cited, incidentId } = citeAsNewIncident(seedDraft(), { passageId: 'p9', exact: ERBIL_WORDS });
    let incident = cited.story.incidents.features.find((feature) => feature.id === incidentId) as Incident;
    incident = placeAtGazetteerPlace(
      incident,
      {
        name: 'Erbil',
        country: 'IQ',
        seat: true,
        position: [44.012, 36.183],
        rank: 5,
        otherNames: ['Irbil'],
      },
      englishChecksI18n,
    );
    incident = choosePrecision(incident, 2);
    const place = incident.properties.place;
    incident = {
      ...incident,
      properties: {
        ...incident.properties,
        title: 'Missile attack',
        summary: 'A missile attack, the article says.',
        when: {
          date: '2024-01-15',
          time: null,
          utcOffset: '+03:00',
          zone: 'Arabian Standard Time',
          precision: 'day',
          note: null,
        },
        place: {
          ...place,
          description: 'In the city',
          point: { role: 'nearby-place', on: 'Erbil', eventWas: 'in the city' },
        },
        actors: { initiator: { name: 'The guards', party: 'A country' }, target: null, targetCountry: null },
        claims: incident.properties.claims.map((claim) => ({ ...claim, by: 'The article' })),
      },
    };
    let draft = withIncident(cited, incident);
    draft = withStory(draft, { title: 'A story', summary: 'What happened.' });
    draft = withArticle(draft, { title: 'Headline', publisher: 'Example News' });
    const check = checkDraft(draft, englishChecksI18n);
    expect(check.problems).toEqual([]);
    const loaded = validateStory('download', JSON.parse(storyDownload(draft, check).text), englishChecksI18n);
    expect(loaded.status).toBe('loaded');
    const story = storyFromDraft(draft, englishChecksI18n);
    expect(story.credits.map((credit) => credit.license)).toEqual(['quoted for commentary', 'CC BY 4.0']);
    const [west = 0, south = 0, east = 0, north = 0] = story.defaultBounds;
    expect(west < 44.012 && 44.012 < east && south < 36.183 && 36.183 < north).toBe(true);
  });

  it('adds a second quote to an incident as a claim of its own', () => {
    const { draft, incidentId } = citeAsNewIncident(seedDraft(), { passageId: 'p9', exact: ERBIL_WORDS });
    const twice = citeAsClaim(draft, incidentId, { passageId: 'p6', exact: 'killing at least two children' });
    const claims = twice.story.incidents.features[0]?.properties.claims ?? [];
    expect(claims.map((claim) => claim.id)).toEqual(['claim-1', 'claim-2']);
  });
});

describe('editing the article after quoting it', () => {
  const quoted = citeAsNewIncident(seedDraft(), { passageId: 'p9', exact: ERBIL_WORDS }).draft;

  it('finds the words again in their new passage when a paragraph is split off before them', () => {
    const articleText = quoted.articleText.replace('said on Friday. The', 'said on Friday.\n\nThe');
    const result = applyArticleText({ ...quoted, articleText });
    expect(result.status).toBe('applied');
    if (result.status !== 'applied') return;
    expect(result.moved).toBe(1);
    expect(result.lost).toEqual([]);
    expect(result.draft.story.incidents.features[0]?.properties.claims[0]?.citation).toEqual({
      type: 'article',
      quote: { passageId: 'p10', exact: ERBIL_WORDS },
    });
  });

  it('lists a quote whose words are gone, and keeps it as it was rather than moving it', () => {
    const articleText = quoted.articleText.replace('in the city of Irbil', 'in a city');
    const result = applyArticleText({ ...quoted, articleText });
    if (result.status !== 'applied') throw new Error('not applied');
    expect(result.lost).toEqual([{ where: 'incident-1: claim by (no one yet)', exact: ERBIL_WORDS }]);
    expect(result.draft.story.incidents.features[0]?.properties.claims[0]?.citation).toEqual({
      type: 'article',
      quote: { passageId: 'p9', exact: ERBIL_WORDS },
    });
    expect(
      checkDraft(result.draft, englishChecksI18n).problems.some((problem) => problem.path.includes('claims[0]')),
    ).toBe(true);
  });

  it('says what is wrong with a header line it cannot read, and changes nothing', () => {
    const result = applyArticleText({ ...quoted, articleText: '• Updated: yesterday\n\nText.' });
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/unrecognised header line/) as string });
  });
});
