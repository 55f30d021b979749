import { englishI18n } from '../../../../src/i18n/i18n.ts';
// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LayerControl } from '../../../../src/panels/mapTools/LayerControl.tsx';
import { LAYER_IDS, type LayerId } from '../../../../src/state/layers.ts';
import { storyLayers } from '../../../../src/state/storyLayers.ts';
import { fixtureStory } from '../../../fixtures/fixtureStory.ts';

const layers = storyLayers(fixtureStory(), englishI18n);

describe('LayerControl', () => {
  it('offers one labelled checkbox per layer, in a named group, ticked for the layers shown', () => {
    const visible = new Set<LayerId>(LAYER_IDS.filter((layer) => layer !== 'band'));
    render(<LayerControl layers={layers} visibleLayers={visible} dispatch={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Show on the map' });
    const boxes = within(group).getAllByRole('checkbox');
    // Labels come from the story's own regions; the fixture has no reference places, so that layer is not offered.
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual([
      'Strikes',
      'Statements',
      'Iran–Pakistan border',
      'Sistan and Baluchestan, Balochistan',
      'Within 50 km of the border',
    ]);
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true, true, false]);
  });

  it('asks to hide a shown layer and to show a hidden one', () => {
    const dispatch = vi.fn();
    render(<LayerControl layers={layers} visibleLayers={new Set<LayerId>(['strikes'])} dispatch={dispatch} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Strikes' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Within 50 km of the border' }));
    expect(dispatch.mock.calls).toEqual([
      [{ type: 'setLayerVisible', layer: 'strikes', visible: false }],
      [{ type: 'setLayerVisible', layer: 'band', visible: true }],
    ]);
  });
});
