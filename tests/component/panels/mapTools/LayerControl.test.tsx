// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LayerControl } from '../../../../src/panels/mapTools/LayerControl.tsx';
import { LAYER_IDS, type LayerId } from '../../../../src/state/layers.ts';

describe('LayerControl', () => {
  it('offers one labelled checkbox per layer, in a named group, ticked for the layers shown', () => {
    const visible = new Set<LayerId>(LAYER_IDS.filter((layer) => layer !== 'band'));
    render(<LayerControl visibleLayers={visible} dispatch={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Show on the map' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual([
      'Strikes',
      'Statements',
      'Reference places',
      'Iran–Pakistan border',
      'Border provinces',
      '50 km border band',
    ]);
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true, true, true, false]);
  });

  it('asks to hide a shown layer and to show a hidden one', () => {
    const dispatch = vi.fn();
    render(<LayerControl visibleLayers={new Set<LayerId>(['strikes'])} dispatch={dispatch} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Strikes' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '50 km border band' }));
    expect(dispatch.mock.calls).toEqual([
      [{ type: 'setLayerVisible', layer: 'strikes', visible: false }],
      [{ type: 'setLayerVisible', layer: 'band', visible: true }],
    ]);
  });
});
