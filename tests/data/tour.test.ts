import { describe, expect, it } from 'vitest';
import { findQuote } from '../../src/data/quotes/findQuote.ts';
import type { Incident } from '../../src/model/incident.ts';
import { StorySchema, type Story } from '../../src/model/story.ts';
import type { TourStep } from '../../src/model/tour.ts';
import { readGenerated } from './readGenerated.ts';

const story: Story = StorySchema.parse(readGenerated('iran-pakistan-2024', 'story.json'));
const incidents = new Map(story.incidents.features.map((incident) => [incident.id, incident]));
const strikeIds = story.incidents.features
  .filter((incident) => incident.properties.kind === 'strike')
  .map((incident) => incident.id)
  .sort();
const steps = story.tour?.steps ?? [];

/**
 * An overview step shows the whole story rather than one part of it: it focuses on every strike, or on nothing.
 * Any other step is about particular incidents, and those fix its place in time.
 */
function isOverview(step: TourStep): boolean {
  const focus = [...step.focusIncidentIds].sort();
  return focus.length === 0 || focus.join() === strikeIds.join();
}

function focusOf(step: TourStep): Incident[] {
  return step.focusIncidentIds.map((id) => {
    const incident = incidents.get(id);
    if (incident === undefined) throw new Error(`${step.id} focuses on a missing incident ${id}`);
    return incident;
  });
}

function datesOf(step: TourStep): string[] {
  return focusOf(step)
    .flatMap((incident) => (incident.properties.when === null ? [] : [incident.properties.when.date]))
    .sort();
}

function contains([west, south, east, north]: TourStep['bounds'], [longitude, latitude]: [number, number]): boolean {
  return west <= longitude && longitude <= east && south <= latitude && latitude <= north;
}

describe('the tour of the built story', () => {
  it('exists, with a handful of steps a class can follow', () => {
    expect(story.tour).not.toBeNull();
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.length).toBeLessThanOrEqual(8);
  });

  it('opens and closes with an overview, and has none in between', () => {
    expect(steps.map(isOverview)).toEqual(steps.map((_, index) => index === 0 || index === steps.length - 1));
  });

  it('frames every placed incident in the opening overview', () => {
    const [opening] = steps;
    if (opening === undefined) throw new Error('the tour has no steps');
    for (const incident of story.incidents.features) {
      if (incident.geometry !== null)
        expect(contains(opening.bounds, incident.geometry.coordinates), incident.id).toBe(true);
    }
  });

  it('walks through the week in date order', () => {
    const middle = steps.filter((step) => !isOverview(step));
    for (const step of middle)
      expect(datesOf(step).length, `${step.id} focuses on a dated incident`).toBeGreaterThan(0);
    for (let index = 1; index < middle.length; index += 1) {
      const previous = middle[index - 1];
      const current = middle[index];
      if (previous === undefined || current === undefined) continue;
      const previousLast = datesOf(previous).at(-1) ?? '';
      const currentFirst = datesOf(current)[0] ?? '';
      expect(
        currentFirst >= previousLast,
        `${current.id} (${currentFirst}) after ${previous.id} (${previousLast})`,
      ).toBe(true);
    }
  });

  it('gives every strike a step of its own or shared with its day, besides the overviews', () => {
    const told = new Set(steps.filter((step) => !isOverview(step)).flatMap((step) => step.focusIncidentIds));
    for (const id of strikeIds) expect(told, id).toContain(id);
  });

  it('keeps every step on the places it focuses on', () => {
    for (const step of steps) {
      for (const incident of focusOf(step)) {
        if (incident.geometry !== null)
          expect(contains(step.bounds, incident.geometry.coordinates), step.id).toBe(true);
      }
    }
  });

  it("backs every step with the article's own words, each found exactly once in a body passage", () => {
    const passages = new Map(story.article.passages.map((passage) => [passage.id, passage]));
    for (const step of steps) {
      expect(step.quotes.length, `${step.id} cites the article`).toBeGreaterThan(0);
      for (const quote of step.quotes) {
        const passage = passages.get(quote.passageId);
        expect(passage?.role, `${step.id}: ${quote.passageId}`).toBe('body');
        expect(findQuote(quote, passage?.text ?? ''), `${step.id}: ${quote.exact}`).not.toBeNull();
      }
    }
  });

  it('attributes the places the article never names to other reports', () => {
    const articleText = story.article.passages.map((passage) => passage.text).join('\n');
    for (const name of ['Panjgur', 'Saravan', 'Idlib']) {
      expect(articleText, `the article never names ${name}`).not.toContain(name);
      const mentions = steps.filter((step) => step.text.includes(name));
      expect(mentions.length, `the tour names ${name}`).toBeGreaterThan(0);
      for (const step of mentions) expect(step.text, `${step.id} names ${name}`).toMatch(/other reports/i);
    }
  });
});
