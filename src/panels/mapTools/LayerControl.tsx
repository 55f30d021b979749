import { LAYER_IDS, LAYER_LABELS, type LayerId } from '../../state/layers.ts';
import type { ViewAction } from '../../state/viewReducer.ts';
import './controls.css';

interface LayerControlProps {
  visibleLayers: ReadonlySet<LayerId>;
  dispatch: (action: ViewAction) => void;
}

/**
 * Shows and hides the map's layers. Plain labelled checkboxes in a fieldset rather than a Leaflet control, so that
 * keyboards and screen readers treat them like any other form, wherever the layout puts them.
 */
export function LayerControl({ visibleLayers, dispatch }: LayerControlProps) {
  return (
    <fieldset className="map-controls__group layer-control">
      <legend className="map-controls__legend">Show on the map</legend>
      {LAYER_IDS.map((layer) => (
        <label key={layer} className="map-controls__option">
          <input
            type="checkbox"
            checked={visibleLayers.has(layer)}
            onChange={(event) => dispatch({ type: 'setLayerVisible', layer, visible: event.currentTarget.checked })}
          />
          {LAYER_LABELS[layer]}
        </label>
      ))}
    </fieldset>
  );
}
