import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import {
  incidentKindLabel,
  incidentKindMeaning,
  incidentMarkerTitle,
} from '../../../../src/data/words/incidentKindLabel.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

describe('incident kind words', () => {
  it('labels and explains each kind', () => {
    expect(incidentKindLabel('reference', englishI18n)).toBe('Reference point');
    expect(incidentKindMeaning('reference', englishI18n)).toBe('a place to find your way by, not an event');
  });

  it('names a marker by what happened and who did it, and says when its place is approximate', () => {
    const [strike] = fixtureStory().incidents.features;
    const { title, actors } = strike!.properties;
    expect(incidentMarkerTitle(strike!.properties, englishI18n)).toBe(
      `${title} (strike, ${actors.initiator.party}, approximate place)`,
    );
  });
});
