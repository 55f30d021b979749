import { describe, expect, it } from 'vitest';
import {
  incidentKindLabel,
  incidentKindMeaning,
  incidentMarkerTitle,
} from '../../../../src/data/words/incidentKindLabel.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('incident kind words', () => {
  it('labels and explains each kind', () => {
    expect(incidentKindLabel('reference')).toBe('Reference point');
    expect(incidentKindMeaning('reference')).toBe('a place to find your way by, not an event');
  });

  it('names a marker by what happened and who did it, and says when its place is approximate', () => {
    const [strike] = fixtureStory().incidents.features;
    const { title, actors } = strike!.properties;
    expect(incidentMarkerTitle(strike!.properties)).toBe(
      `${title} (strike, ${actors.initiator.party}, approximate place)`,
    );
  });
});
