import { describe, expect, it } from 'vitest';
import { checkStoryReferences } from '../../../../src/data/load/checkStoryReferences.ts';
import { StorySchema, type Story } from '../../../../src/model/story.ts';
import type { TourStep } from '../../../../src/model/tour.ts';
import { readFixture } from '../../../fixtures/readFixture.ts';
import { englishChecksI18n } from '../../../../src/i18n/englishChecks.ts';

/** A fresh, valid story for each test, to break in one place. */
function minimalStory(): Story {
  return StorySchema.parse(readFixture('minimal-story.json'));
}

function firstIncident(story: Story): Story['incidents']['features'][number] {
  const incident = story.incidents.features[0];
  if (incident === undefined) throw new Error('the fixture has an incident');
  return incident;
}

function tourStep(story: Story): TourStep {
  const step = story.tour?.steps[0];
  if (step === undefined) throw new Error('the fixture has a tour step');
  return step;
}

function articleQuote(story: Story) {
  const citation = firstIncident(story).properties.claims[0]?.citation;
  if (citation?.type !== 'article') throw new Error('the fixture cites the article first');
  return citation.quote;
}

describe('checkStoryReferences', () => {
  it('finds nothing wrong with a sound story', () => {
    expect(checkStoryReferences(minimalStory(), 'minimal-story.json', englishChecksI18n)).toEqual([]);
  });

  it('names the origin, the incident and the field of a quote that is not verbatim', () => {
    const story = minimalStory();
    articleQuote(story).exact = 'the town got shelled';
    expect(checkStoryReferences(story, 'minimal-story.json', englishChecksI18n)).toEqual([
      {
        origin: 'minimal-story.json',
        path: 'incidents.features[0] (id "shelling") › properties.claims[0] (id "article-says") › citation.quote.exact',
        message: 'the words "the town got shelled" do not stand verbatim in p1',
      },
    ]);
  });

  it('refuses a quote from an aside, even when the words are there', () => {
    const story = minimalStory();
    articleQuote(story).passageId = 'p2';
    articleQuote(story).exact = 'The town was shelled';
    const [problem] = checkStoryReferences(story, 'story', englishChecksI18n);
    expect(problem?.message).toMatch(/p2 is an aside/);
    expect(problem?.path).toMatch(/citation\.quote\.passageId$/);
  });

  it('reports a passage that does not exist', () => {
    const story = minimalStory();
    articleQuote(story).passageId = 'p9';
    expect(checkStoryReferences(story, 'story', englishChecksI18n)[0]?.message).toBe('the article has no passage "p9"');
  });

  it('reports words that occur more than once without a prefix or suffix to single one out', () => {
    const story = minimalStory();
    const step = story.tour?.steps[0];
    delete step?.quotes[0]?.suffix;
    const [problem] = checkStoryReferences(story, 'story', englishChecksI18n);
    expect(problem?.path).toBe('tour.steps[0] (id "monday") › quotes[0]');
    expect(problem?.message).toMatch(/not exactly once/);
  });

  it("reports an outside citation or a coordinate source missing from the incident's sources", () => {
    const story = minimalStory();
    firstIncident(story).properties.sources = [];
    const paths = checkStoryReferences(story, 'story', englishChecksI18n).map((problem) => problem.path);
    expect(paths).toEqual([
      'incidents.features[0] (id "shelling") › properties.claims[1] (id "gazetteer-says") › citation.sourceId',
      'incidents.features[0] (id "shelling") › properties.place.coordinateSourceId',
    ]);
  });

  it('reports a tour step that focuses on an incident the story lacks', () => {
    const story = minimalStory();
    story.tour?.steps[0]?.focusIncidentIds.push('no-such-incident');
    expect(checkStoryReferences(story, 'story', englishChecksI18n)).toEqual([
      {
        origin: 'story',
        path: 'tour.steps[0] (id "monday") › focusIncidentIds[1]',
        message: 'no incident "no-such-incident" in the story',
      },
    ]);
  });

  it('names the tour step and the field of a tour quote that is not verbatim', () => {
    const story = minimalStory();
    const quote = tourStep(story).quotes[0];
    if (quote === undefined) throw new Error('the fixture step quotes the article');
    quote.exact = 'the town got shelled';
    expect(checkStoryReferences(story, 'story', englishChecksI18n)).toEqual([
      {
        origin: 'story',
        path: 'tour.steps[0] (id "monday") › quotes[0].exact',
        message: 'the words "the town got shelled" do not stand verbatim in p1',
      },
    ]);
  });

  it('refuses a tour quote from an aside, even when the words are there', () => {
    const story = minimalStory();
    tourStep(story).quotes = [{ passageId: 'p2', exact: 'The town was shelled' }];
    expect(checkStoryReferences(story, 'story', englishChecksI18n)).toEqual([
      {
        origin: 'story',
        path: 'tour.steps[0] (id "monday") › quotes[0].passageId',
        message: 'p2 is an aside, not part of the story: never cite it',
      },
    ]);
  });

  it('reports tour bounds that leave out an incident the step focuses on', () => {
    const story = minimalStory();
    tourStep(story).bounds = [6, 6, 8, 8];
    expect(checkStoryReferences(story, 'story', englishChecksI18n)).toEqual([
      {
        origin: 'story',
        path: 'tour.steps[0] (id "monday") › bounds',
        message: 'the bounds leave out "shelling", which the step focuses on (longitude 5, latitude 5)',
      },
    ]);
  });

  it('accepts a tour step that focuses on an incident without a map point, whatever its bounds', () => {
    const story = minimalStory();
    firstIncident(story).geometry = null;
    firstIncident(story).properties.place.geoPrecision = null;
    firstIncident(story).properties.place.uncertaintyRadiusKm = null;
    tourStep(story).bounds = [6, 6, 8, 8];
    expect(checkStoryReferences(story, 'story', englishChecksI18n)).toEqual([]);
  });

  it('reports a tour step id used twice', () => {
    const story = minimalStory();
    story.tour?.steps.push(structuredClone(tourStep(story)));
    expect(checkStoryReferences(story, 'story', englishChecksI18n)).toEqual([
      {
        origin: 'story',
        path: 'tour.steps[1] (id "monday")',
        message: 'another tour step already has the id "monday"',
      },
    ]);
  });

  it('reports an incident id used twice', () => {
    const story = minimalStory();
    story.incidents.features.push(structuredClone(firstIncident(story)));
    expect(checkStoryReferences(story, 'story', englishChecksI18n).map((problem) => problem.message)).toEqual([
      'another incident already has the id "shelling"',
    ]);
  });

  describe('answers to a tour step’s questions', () => {
    /** The fixture's outside citation, given words, which an answer may then cite. */
    function storyWithQuotedSource(): { story: Story; incidentId: string; sourceId: string } {
      const story = minimalStory();
      const incident = firstIncident(story);
      const outside = incident.properties.claims.find((claim) => claim.citation.type === 'outside')?.citation;
      if (outside?.type !== 'outside') throw new Error('the fixture has an outside citation');
      outside.words = 'the town centre, by the gazetteer';
      return { story, incidentId: incident.id, sourceId: outside.sourceId };
    }

    it('accepts an answer that cites the article’s words and the words an incident quotes from a source', () => {
      const { story, incidentId, sourceId } = storyWithQuotedSource();
      tourStep(story).questions = [
        {
          id: 'where',
          question: 'Where?',
          answer: {
            text: 'In the town.',
            citations: [
              { type: 'article', quote: articleQuote(story) },
              { type: 'outside', incidentId, sourceId, words: 'by the gazetteer' },
            ],
          },
        },
        { id: 'open', question: 'What do you think?', answer: null },
      ];
      expect(checkStoryReferences(story, 'story', englishChecksI18n)).toEqual([]);
    });

    it('refuses words no incident quotes from that source, and words the article does not hold', () => {
      const { story, incidentId, sourceId } = storyWithQuotedSource();
      tourStep(story).questions = [
        {
          id: 'where',
          question: 'Where?',
          answer: {
            text: 'In the town.',
            citations: [
              { type: 'article', quote: { passageId: articleQuote(story).passageId, exact: 'words nobody wrote' } },
              { type: 'outside', incidentId, sourceId, words: 'words the source never gave' },
              { type: 'outside', incidentId: 'no-such-incident', sourceId, words: 'by the gazetteer' },
            ],
          },
        },
      ];
      const paths = checkStoryReferences(story, 'story', englishChecksI18n).map(
        (problem) => `${problem.path}: ${problem.message}`,
      );
      expect(paths).toEqual([
        expect.stringMatching(/questions\[0\] \(id "where"\) › answer\.citations\[0\]\.quote\.exact: .* verbatim/),
        expect.stringMatching(/questions\[0\] \(id "where"\) › answer\.citations\[1\]\.words: .*quotes no such words/),
        expect.stringMatching(/questions\[0\] \(id "where"\) › answer\.citations\[2\]\.incidentId: no incident/),
      ]);
    });

    it('refuses two questions with one id', () => {
      const story = minimalStory();
      tourStep(story).questions = [
        { id: 'same', question: 'One?', answer: null },
        { id: 'same', question: 'Two?', answer: null },
      ];
      expect(checkStoryReferences(story, 'story', englishChecksI18n).map((problem) => problem.message)).toEqual([
        'another question already has the id "same"',
      ]);
    });
  });
});
