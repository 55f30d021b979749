// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IncidentPopupContent } from '../../../src/panels/incident/IncidentPopupContent.tsx';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';
import { renderIncidentEditor } from './renderIncidentEditor.tsx';

/** The problems shown beside a field: the element its aria-describedby names last. */
function problemsBeside(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the editor’s casualty figures', () => {
  it('records a range ("between 2 and 4"), which the viewer’s popup then gives as the claimant gave it', () => {
    const story = fixtureStory();
    const editor = renderIncidentEditor(story, 'strike-panjgur');
    const upTo = screen.getByLabelText('Figure 1: killed, up to');
    expect(problemsBeside(upTo)).toContain('Only for a range');
    fireEvent.change(upTo, { target: { value: '4' } });
    expect(editor.incident().properties.casualties[0]?.killed).toEqual({ value: 2, atLeast: false, upTo: 4 });
    expect(upTo.getAttribute('aria-invalid')).toBe('false');
    editor.unmount();

    const { container } = render(
      <IncidentPopupContent incident={editor.incident().properties} passages={story.article.passages} />,
    );
    const record = container.querySelector<HTMLElement>('.incident-popup__record');
    if (record === null) throw new Error('the popup has no full record');
    const killed = within(record).getByText('Killed: 2–4, depending on who is counting').parentElement;
    if (killed === null) throw new Error('the headline has no list');
    expect(
      within(killed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Islamabad: 2–4\. /),
      expect.stringMatching(/^Pakistan's Foreign Office: 2\. /),
      expect.stringMatching(/^Makran commissioner: 2\. /),
    ]);
  });

  it('shows the schema’s error beside "up to" when it is not above the count, or when "at least" is ticked too', () => {
    const editor = renderIncidentEditor(fixtureStory(), 'strike-panjgur');
    const upTo = screen.getByLabelText('Figure 1: killed, up to');
    fireEvent.change(upTo, { target: { value: '2' } });
    expect(upTo.getAttribute('aria-invalid')).toBe('true');
    expect(problemsBeside(upTo)).toMatch(/more than value/);
    fireEvent.change(upTo, { target: { value: '5' } });
    expect(upTo.getAttribute('aria-invalid')).toBe('false');
    fireEvent.click(screen.getByLabelText('Figure 1: killed, “at least”'));
    expect(upTo.getAttribute('aria-invalid')).toBe('true');
    expect(problemsBeside(upTo)).toMatch(/not also "at least"/);
    // An empty "up to" is one number again, not a range of nothing.
    fireEvent.click(screen.getByLabelText('Figure 1: killed, “at least”'));
    fireEvent.change(upTo, { target: { value: '' } });
    expect(editor.incident().properties.casualties[0]?.killed).toEqual({ value: 2, atLeast: false });
  });

  it('drops the range with the count, and offers no "up to" for a measure the figure does not give', () => {
    const editor = renderIncidentEditor(fixtureStory(), 'strike-panjgur');
    expect(screen.getByLabelText<HTMLInputElement>('Figure 1: injured, up to').disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Figure 1: killed, up to'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Figure 1: killed'), { target: { value: '' } });
    expect(editor.incident().properties.casualties[0]?.killed).toBeNull();
  });
});
