// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IncidentPopupContent } from '../../../src/panels/incident/IncidentPopupContent.tsx';
import { fixtureStory } from '../../fixtures/fixtureStory.ts';
import { renderIncidentEditor } from './renderIncidentEditor.tsx';
import { shortWords } from '../../../src/editor/form/shortWords.ts';

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

  it('rests a figure on the article’s words its claims quote, or on an outside source, as a distance does', () => {
    const editor = renderIncidentEditor(fixtureStory(), 'strike-panjgur');
    const figures = () => editor.incident().properties.casualties;
    const quoting = editor.incident().properties.claims.filter((claim) => claim.citation.type === 'article');
    // Two of its three claims quote the article; the third cites an outside source, and is no choice of words.
    expect(quoting).toHaveLength(2);
    const optionWords = (select: HTMLElement) =>
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent);
    const quotedWords = quoting.map((claim) =>
      claim.citation.type === 'article' ? `“${shortWords(claim.citation.quote.exact, 80)}”` : '',
    );

    // Figure 1 rests on the article: its own quote is selected, and choosing the other rests it there.
    const figureQuote = screen.getByLabelText<HTMLSelectElement>('Figure 1: the article’s words');
    expect(optionWords(figureQuote)).toEqual(quotedWords);
    const before = quoting.findIndex(
      (claim) => JSON.stringify(claim.citation) === JSON.stringify(figures()[0]?.citation),
    );
    expect(before).not.toBe(-1);
    expect(figureQuote.value).toBe(String(before));
    fireEvent.change(figureQuote, { target: { value: String(1 - before) } });
    expect(figures()[0]?.citation).toEqual(quoting[1 - before]?.citation);

    // Figure 2 rests on an outside source: it says which, and shows none of the article's words as its own.
    const outside = figures()[1]?.citation;
    if (outside?.type !== 'outside') throw new Error('the fixture’s second figure no longer cites an outside source');
    expect(screen.getByLabelText<HTMLSelectElement>('Figure 2: where it is said').value).toBe('outside');
    expect(screen.getByLabelText<HTMLSelectElement>('Figure 2: which source').value).toBe(outside.sourceId);
    expect(screen.queryByLabelText('Figure 2: the article’s words')).toBeNull();
    fireEvent.change(screen.getByLabelText('Figure 2: where it is said'), { target: { value: 'article' } });
    expect(figures()[1]?.citation).toEqual(quoting[0]?.citation);

    // A distance offers the same words.
    fireEvent.click(screen.getByRole('button', { name: 'Add a distance the sources give' }));
    const distanceQuote = screen.getByLabelText<HTMLSelectElement>('Distance 1: the article’s words');
    expect(optionWords(distanceQuote)).toEqual(quotedWords);
    expect(distanceQuote.value).toBe('0');
    fireEvent.change(distanceQuote, { target: { value: '1' } });
    expect(editor.incident().properties.place.reportedDistances?.[0]?.citation).toEqual(quoting[1]?.citation);
  });

  it('says the quote a figure rests on when no claim quotes it any more, instead of showing another', () => {
    const story = fixtureStory();
    const incident = story.incidents.features.find((candidate) => candidate.id === 'strike-panjgur');
    const figure = incident?.properties.casualties[0];
    if (incident === undefined || figure?.citation.type !== 'article') throw new Error('the fixture changed');
    const orphan = figure.citation.quote.exact;
    incident.properties.claims = incident.properties.claims.filter(
      (claim) => claim.citation.type !== 'article' || claim.citation.quote.exact !== orphan,
    );
    renderIncidentEditor(story, 'strike-panjgur');
    const figureQuote = screen.getByLabelText<HTMLSelectElement>('Figure 1: the article’s words');
    expect(figureQuote.selectedOptions[0]?.textContent).toBe(`“${shortWords(orphan, 80)}”`);
  });
});
