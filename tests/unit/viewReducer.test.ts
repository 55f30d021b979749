import { describe, expect, it } from 'vitest';
import { historyModeFor, viewReducer } from '../../src/state/viewReducer.ts';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState.ts';

describe('viewReducer', () => {
  it('selecting another incident clears the passage mark of the previous one', () => {
    const shown = viewReducer(DEFAULT_VIEW_STATE, { type: 'showPassage', passageId: 'p6', incidentId: 'a' });
    expect(shown).toMatchObject({ selectedIncidentId: 'a', highlightedPassageId: 'p6' });
    expect(viewReducer(shown, { type: 'selectIncident', incidentId: 'b' })).toMatchObject({
      selectedIncidentId: 'b',
      highlightedPassageId: null,
    });
  });

  it('a closing popup clears the selection only while it is still the selected one', () => {
    const selected = viewReducer(DEFAULT_VIEW_STATE, { type: 'selectIncident', incidentId: 'b' });
    expect(viewReducer(selected, { type: 'deselectIncident', incidentId: 'a' })).toBe(selected);
    expect(viewReducer(selected, { type: 'deselectIncident', incidentId: 'b' }).selectedIncidentId).toBeNull();
  });

  it('returns the same object when nothing changes, so React skips the render', () => {
    const selected = viewReducer(DEFAULT_VIEW_STATE, { type: 'selectIncident', incidentId: 'a' });
    expect(viewReducer(selected, { type: 'selectIncident', incidentId: 'a' })).toBe(selected);
    expect(viewReducer(selected, { type: 'setLayerVisible', layer: 'border', visible: true })).toBe(selected);
  });

  it('asking again for the passage already shown changes nothing, so it makes no second history entry', () => {
    const shown = viewReducer(DEFAULT_VIEW_STATE, { type: 'showPassage', passageId: 'p6', incidentId: 'a' });
    expect(viewReducer(shown, { type: 'showPassage', passageId: 'p6', incidentId: 'a' })).toBe(shown);
    expect(viewReducer(shown, { type: 'showPassage', passageId: 'p5', incidentId: 'a' }).highlightedPassageId).toBe(
      'p5',
    );
  });

  it('hides and shows a layer without touching the others', () => {
    const hidden = viewReducer(DEFAULT_VIEW_STATE, { type: 'setLayerVisible', layer: 'band', visible: false });
    expect(hidden.visibleLayers.has('band')).toBe(false);
    expect(hidden.visibleLayers.size).toBe(DEFAULT_VIEW_STATE.visibleLayers.size - 1);
    expect(DEFAULT_VIEW_STATE.visibleLayers.has('band')).toBe(true);
  });

  it('pushes history for selections and replaces it for map moves', () => {
    expect(historyModeFor({ type: 'selectIncident', incidentId: 'a' })).toBe('push');
    expect(historyModeFor({ type: 'moveMap', mapView: { zoom: 5, latitude: 1, longitude: 2 } })).toBe('replace');
  });
});
