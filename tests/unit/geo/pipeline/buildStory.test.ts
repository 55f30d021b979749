import { describe, expect, it } from 'vitest';
import { buildStory, REPO_ROOT } from '../../../../geo/pipeline/buildStory.ts';
import { DataProblemsError } from '../../../../geo/pipeline/dataProblemsError.ts';
import { loadWorldAtlas } from '../../../../geo/pipeline/loadWorldAtlas.ts';
import { readStoryInputs, type StoryInputs } from '../../../../geo/pipeline/readStoryInputs.ts';
import { StorySchema } from '../../../../src/model/story.ts';
import type { Tour } from '../../../../src/model/tour.ts';

const folder = 'geo/stories/iran-pakistan-2024';
const atlas = loadWorldAtlas();

/** The real story's inputs with a small tour of our own, so each test breaks one reference and nothing else. */
function inputsWithTour(tour: Tour): StoryInputs {
  return { ...readStoryInputs(REPO_ROOT, folder), tour };
}

function problemsOf(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    if (error instanceof DataProblemsError) return error.message.split('\n');
    throw error;
  }
  return [];
}

const soundTour: Tour = {
  title: 'A one-step tour',
  steps: [
    {
      id: 'tuesday',
      title: 'Tuesday',
      text: 'Iran struck inside Pakistan.',
      quotes: [{ passageId: 'p6', exact: 'On Tuesday, Iran carried out raids' }],
      focusIncidentIds: ['strike-panjgur-2024-01-16'],
      bounds: [61.5, 25, 66.5, 29],
    },
  ],
};

// Each build computes the real border and basemap: a few seconds, more on a busy machine.
describe('buildStory, for the tour', { timeout: 30_000 }, () => {
  it('builds a story with a sound tour', () => {
    expect(problemsOf(() => buildStory(inputsWithTour(soundTour), atlas))).toEqual([]);
  });

  it('names tour.json, the step and the field of a quote the article does not contain', () => {
    const tour = structuredClone(soundTour);
    tour.steps[0]?.quotes.push({ passageId: 'p6', exact: 'On Wednesday' });
    expect(problemsOf(() => buildStory(inputsWithTour(tour), atlas))).toEqual([
      `${folder}/tour.json (as built into the story) › tour.steps[0] (id "tuesday") › quotes[1].exact: ` +
        'the words "On Wednesday" do not stand verbatim in p6',
    ]);
  });

  it('names tour.json, the step and the field of a focus on an incident that does not exist', () => {
    const tour = structuredClone(soundTour);
    tour.steps[0]?.focusIncidentIds.push('strike-quetta');
    expect(problemsOf(() => buildStory(inputsWithTour(tour), atlas))).toEqual([
      `${folder}/tour.json (as built into the story) › tour.steps[0] (id "tuesday") › focusIncidentIds[1]: ` +
        'no incident "strike-quetta" in the story',
    ]);
  });
});

describe('buildStory, for a story about no border', { timeout: 30_000 }, () => {
  it('builds it with no border, band or provinces, and no distance to a border for any incident', () => {
    const real = readStoryInputs(REPO_ROOT, folder);
    const meta = { ...real.meta };
    delete meta.border;
    delete meta.provincesFile;
    const files = buildStory(
      { ...real, meta, provinces: { type: 'FeatureCollection', features: [] }, tour: null },
      atlas,
    );
    const storyFile = files.find((file) => file.path.endsWith('/story.json'));
    if (storyFile === undefined) throw new Error('no story.json was built');
    const story = StorySchema.parse(JSON.parse(storyFile.contents));
    expect(story.regions.features).toEqual([]);
    for (const incident of story.incidents.features) {
      expect(incident.properties.context?.distanceToBorderKm ?? null).toBeNull();
      expect(incident.properties.context).not.toHaveProperty('borderName');
    }
    // The country is still named from the atlas, which every story has.
    const placed = story.incidents.features.filter((incident) => incident.geometry !== null);
    expect(placed.every((incident) => incident.properties.context?.country !== null)).toBe(true);
  });
});
