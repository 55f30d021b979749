import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import type { LayerId } from '../../state/layers.ts';
import type { StoryLayer } from '../../state/storyLayers.ts';
import type { ViewAction } from '../../state/viewReducer.ts';
import './controls.css';

interface LayerControlProps {
  /** The story's layers, named after its own regions. */
  layers: readonly StoryLayer[];
  visibleLayers: ReadonlySet<LayerId>;
  dispatch: (action: ViewAction) => void;
}

/**
 * Shows and hides the map's layers. Plain labelled checkboxes in a fieldset rather than a Leaflet control, so that
 * keyboards and screen readers treat them like any other form, wherever the layout puts them.
 */
export function LayerControl({ layers, visibleLayers, dispatch }: LayerControlProps) {
  const i18n = useI18n();
  return (
    <fieldset className="map-controls__group layer-control">
      <legend className="map-controls__legend">{i18n._({ id: 'layers.heading', message: 'Show on the map' })}</legend>
      {layers.map(({ id: layer, label }) => (
        <label key={layer} className="map-controls__option">
          <input
            type="checkbox"
            checked={visibleLayers.has(layer)}
            onChange={(event) => dispatch({ type: 'setLayerVisible', layer, visible: event.currentTarget.checked })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
