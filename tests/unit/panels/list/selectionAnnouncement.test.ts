import { englishI18n } from '../../../../src/i18n/i18n.ts';
import { describe, expect, it } from 'vitest';
import { selectionAnnouncement } from '../../../../src/panels/list/selectionAnnouncement.ts';
import { mapPresence } from '../../../../src/state/incidentVisibility.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

const [strike, , statement] = fixtureStory().incidents.features;

describe('selectionAnnouncement and mapPresence', () => {
  it('says whether an incident is on the map, hidden with its layer, or has no place', () => {
    expect(mapPresence(strike!, new Set(['strikes']))).toBe('shown');
    expect(mapPresence(strike!, new Set())).toBe('hidden');
    expect(mapPresence(statement!, new Set(['statements']))).toBe('unplaced');
  });

  it('announces the selection, and where its details are when the map cannot show them', () => {
    expect(selectionAnnouncement(undefined, null, englishI18n)).toBe('');
    expect(selectionAnnouncement(strike, 'shown', englishI18n)).toBe(
      `Selected: ${strike!.properties.title}, Tue 16 Jan 2024`,
    );
    expect(selectionAnnouncement(statement, 'unplaced', englishI18n)).toMatch(/; details in the list$/);
  });
});
