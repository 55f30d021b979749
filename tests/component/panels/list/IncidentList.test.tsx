// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Incident, IncidentCollection } from '../../../../src/model/incident.ts';
import { IncidentList } from '../../../../src/panels/list/IncidentList.tsx';
import { LAYER_IDS, type LayerId } from '../../../../src/state/layers.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';
import { spiedStoryActions } from '../../storyActions.tsx';

/** The fixture's incidents in reverse, so that date order has to be made, plus a reference place listed first. */
function shuffledIncidents(): IncidentCollection {
  const { features } = fixtureStory().incidents;
  const [first] = features;
  if (first === undefined) throw new Error('the fixture has no incident');
  const quetta: Incident = structuredClone(first);
  quetta.id = 'reference-quetta';
  quetta.properties = { ...quetta.properties, id: quetta.id, kind: 'reference', title: 'Quetta', when: null };
  return { type: 'FeatureCollection', features: [quetta, ...features.slice().reverse()] };
}

interface Options {
  selectedIncidentId?: string | null;
  visibleLayers?: ReadonlySet<LayerId>;
}

function renderList({ selectedIncidentId = null, visibleLayers = new Set(LAYER_IDS) }: Options = {}) {
  const { actions, wrapper } = spiedStoryActions();
  const props = {
    incidents: shuffledIncidents(),
    visibleLayers,
    renderDetails: (incident: { title: string }) => <p>Details of {incident.title}</p>,
  };
  const view = render(<IncidentList {...props} selectedIncidentId={selectedIncidentId} />, { wrapper });
  const rerender = (selected: string | null) =>
    view.rerender(<IncidentList {...props} selectedIncidentId={selected} />);
  return { ...view, onSelect: actions.selectBesideMap, onDeselect: actions.deselectIncident, rerender };
}

/** The text a screen reader gets: without the decorative symbol drawings, which are aria-hidden. */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

function rowButton(title: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(title) });
}

function liveRegion(container: HTMLElement): string | null | undefined {
  return container.querySelector('[aria-live="polite"]')?.textContent;
}

describe('IncidentList', () => {
  it('lists what happened in date order, with date, kind and party, and reference places under their own heading', () => {
    renderList();
    const list = screen.getByRole('list', { name: 'Incidents' });
    expect(within(list).getAllByRole('button').map(spokenText)).toEqual([
      'Tue 16 Jan 2024 · Strike · Iran · approximate placeIranian strike in Panjgur district, Pakistan',
      'Thu 18 Jan 2024 · Strike · Pakistan · approximate placePakistani strike in Saravan County, Iran',
      'Thu 18 Jan 2024 · Statement · United Nations · not on the mapUN Secretary-General calls for restraint',
    ]);
    const references = screen.getByRole('list', { name: 'Reference places' });
    expect(spokenText(within(references).getByRole('button'))).toBe('Reference point · Iran · approximate placeQuetta');
  });

  it('selects an incident from its row, as a marker would', () => {
    const { onSelect } = renderList();
    fireEvent.click(rowButton('Pakistani strike'));
    expect(onSelect).toHaveBeenCalledWith('strike-saravan');
  });

  it('marks the selected row as current and announces the selection politely, wherever it was made', () => {
    const { container, rerender } = renderList();
    expect(liveRegion(container)).toBe('');
    expect(screen.getAllByRole('button').filter((button) => button.getAttribute('aria-current') === 'true')).toEqual(
      [],
    );
    rerender('strike-panjgur');
    expect(rowButton('Iranian strike').getAttribute('aria-current')).toBe('true');
    expect(rowButton('Pakistani strike').hasAttribute('aria-current')).toBe(false);
    expect(liveRegion(container)).toBe('Selected: Iranian strike in Panjgur district, Pakistan, Tue 16 Jan 2024');
  });

  it('shows the details of a statement without a map point in the list, since the map has no popup for it', () => {
    const { container, onDeselect } = renderList({ selectedIncidentId: 'statement-un' });
    const row = rowButton('UN Secretary-General');
    expect(row.getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryAllByText('Details of UN Secretary-General calls for restraint')).toHaveLength(1);
    expect(liveRegion(container)).toBe(
      'Selected: UN Secretary-General calls for restraint, Thu 18 Jan 2024; details in the list',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onDeselect).toHaveBeenCalledWith('statement-un');
  });

  it('keeps incidents of hidden layers, saying so, and shows their details in the list', () => {
    renderList({ selectedIncidentId: 'strike-saravan', visibleLayers: new Set<LayerId>(['statements']) });
    expect(rowButton('Pakistani strike').textContent).toContain('hidden on the map');
    expect(screen.queryAllByText('Details of Pakistani strike in Saravan County, Iran')).toHaveLength(1);
    expect(screen.queryByText(/Details of Iranian strike/)).toBeNull();
  });

  describe('a dataset longer than the first rows', () => {
    /** 250 strikes, one a day from 1 Jan 2024 (the list shows the first 200), then the fixture's reference place. */
    function longIncidents(): IncidentCollection {
      const shuffled = shuffledIncidents().features;
      const [reference] = shuffled;
      const strike = shuffled.find((incident) => incident.properties.kind === 'strike');
      if (reference === undefined || strike === undefined) throw new Error('the fixture has no strike');
      const strikes = Array.from({ length: 250 }, (_, index): Incident => {
        const copy: Incident = structuredClone(strike);
        copy.id = `strike-${index}`;
        const date = new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
        const when = copy.properties.when === null ? null : { ...copy.properties.when, date };
        copy.properties = { ...copy.properties, id: copy.id, title: `Strike number ${index}`, when };
        return copy;
      });
      return { type: 'FeatureCollection', features: [reference, ...strikes] };
    }

    function renderLong(selectedIncidentId: string | null, hiddenIncidentIds?: ReadonlySet<string>) {
      const { wrapper } = spiedStoryActions();
      return render(
        <IncidentList
          incidents={longIncidents()}
          visibleLayers={new Set(LAYER_IDS)}
          renderDetails={() => null}
          selectedIncidentId={selectedIncidentId}
          hiddenIncidentIds={hiddenIncidentIds}
        />,
        { wrapper },
      );
    }

    it('gives a selection beyond the rows shown a row of its own, under "Selected"', () => {
      renderLong('strike-240');
      expect(screen.getByRole('button', { name: 'Show 50 more' }).parentElement?.textContent).toContain(
        'Showing the first 200 of 250 incidents, in date order.',
      );
      const selected = screen.getByRole('list', { name: 'Selected' });
      expect(within(selected).getAllByRole('button').map(spokenText)).toEqual([
        expect.stringContaining('Strike number 240'),
      ]);
    });

    it('gives none to a selection among the rows shown, a hidden one, or a reference place (listed under its own)', () => {
      const { rerender } = renderLong('strike-10');
      expect(screen.queryByRole('list', { name: 'Selected' })).toBeNull();
      const props = { incidents: longIncidents(), visibleLayers: new Set(LAYER_IDS), renderDetails: () => null };
      rerender(<IncidentList {...props} selectedIncidentId="strike-240" hiddenIncidentIds={new Set(['strike-240'])} />);
      expect(screen.queryByRole('list', { name: 'Selected' })).toBeNull();
      rerender(<IncidentList {...props} selectedIncidentId="reference-quetta" />);
      expect(screen.queryByRole('list', { name: 'Selected' })).toBeNull();
      expect(within(screen.getByRole('list', { name: 'Reference places' })).getByRole('button').textContent).toContain(
        'Quetta',
      );
    });
  });
});
