// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';
import { renderIncidentEditor } from './renderIncidentEditor.tsx';

function field(label: string): HTMLInputElement {
  return screen.getByLabelText<HTMLInputElement>(label);
}

function type(label: string, value: string): void {
  fireEvent.change(field(label), { target: { value } });
}

/** The hint and problems shown beside a field, as its aria-describedby names them. */
function describedBy(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the editor’s incident fields the story format has beyond the first ones', () => {
  it('sets the target’s country, and leaves it null when emptied', () => {
    const editor = renderIncidentEditor(fixtureStory(), 'strike-panjgur');
    expect(field('Country of the target').value).toBe('Pakistan');
    expect(describedBy(field('Country of the target'))).toMatch(/may be left empty/);
    type('Country of the target', '');
    expect(editor.incident().properties.actors.targetCountry).toBeNull();
    type('Country of the target', 'Ruritania');
    expect(editor.incident().properties.actors.targetCountry).toBe('Ruritania');
  });

  it('adds, writes and removes notes, an empty one shown as a problem beside it', () => {
    const editor = renderIncidentEditor(fixtureStory(), 'strike-panjgur');
    const [firstNote] = editor.incident().properties.notes;
    expect(field('Note 1').value).toBe(firstNote);
    fireEvent.click(screen.getByRole('button', { name: 'Add a note' }));
    expect(field('Note 2').getAttribute('aria-invalid')).toBe('true');
    type('Note 2', 'The officials and the commissioner differ on the injured.');
    expect(field('Note 2').getAttribute('aria-invalid')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Remove note 1' }));
    expect(editor.incident().properties.notes).toEqual(['The officials and the commissioner differ on the injured.']);
  });

  it('records a distance a source gives, with its claimant, range and words, and refuses a range the wrong way round', () => {
    const editor = renderIncidentEditor(fixtureStory(), 'strike-panjgur');
    expect(editor.incident().properties.place.reportedDistances).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Add a distance the sources give' }));
    type('Distance 1: who gave it', 'Two security officials');
    type('Distance 1: measured from', 'the border');
    type('Distance 1: at least (km)', '5');
    type('Distance 1: at most (km)', '4');
    expect(field('Distance 1: at most (km)').getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(field('Distance 1: at most (km)'))).toMatch(/minKm ≤ maxKm/);
    type('Distance 1: at most (km)', '6');
    expect(field('Distance 1: at most (km)').getAttribute('aria-invalid')).toBe('false');
    const [claim] = editor.incident().properties.claims;
    expect(editor.incident().properties.place.reportedDistances).toEqual([
      { claimedBy: 'Two security officials', from: 'the border', minKm: 5, maxKm: 6, citation: claim?.citation },
    ]);

    // The words of an outside source instead of the article's.
    fireEvent.change(field('Distance 1: where it is said'), { target: { value: 'outside' } });
    type('Distance 1: the source’s words', 'about five or six kilometres inside');
    expect(editor.incident().properties.place.reportedDistances?.[0]?.citation).toEqual({
      type: 'outside',
      sourceId: 'arab-news',
      words: 'about five or six kilometres inside',
    });

    // A story with no distance leaves the field out, as before.
    fireEvent.click(screen.getByRole('button', { name: 'Remove distance 1' }));
    expect('reportedDistances' in editor.incident().properties.place).toBe(false);
  });

  it('shows a citation’s source as the story names it when the incident no longer has it, with the problem beside it', () => {
    const story = fixtureStory();
    const incident = story.incidents.features.find((candidate) => candidate.id === 'strike-panjgur');
    const index = incident?.properties.claims.findIndex((claim) => claim.citation.type === 'outside') ?? -1;
    const citation = incident?.properties.claims[index]?.citation;
    if (citation?.type !== 'outside') throw new Error('the fixture’s incident no longer has a claim citing a source');
    citation.sourceId = 'a-source-since-removed';
    renderIncidentEditor(story, 'strike-panjgur');
    const which = screen.getByLabelText<HTMLSelectElement>(`Claim ${index + 1}: which source`);
    // Not the first source in the list, as a select would show by itself: the data's own value.
    expect(which.value).toBe('a-source-since-removed');
    expect(which.selectedOptions[0]?.textContent).toBe('a-source-since-removed');
    expect(which.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(which)).toMatch(/no source "a-source-since-removed"/);
  });
});
