import { describe, expect, it } from 'vitest';
import { historyModeFor, viewReducer } from '../../../src/state/viewReducer.ts';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState.ts';

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

describe('viewReducer: presenting a tour', () => {
  const reading = {
    ...DEFAULT_VIEW_STATE,
    selectedIncidentId: 'strike-a',
    highlightedPassageId: 'p6',
    mapView: { zoom: 7, latitude: 27, longitude: 63 },
    dateSpan: { from: '2024-01-16', to: null },
  };

  it('remembers the reader’s view on entering, and clears what would cover the step', () => {
    const presenting = viewReducer(reading, { type: 'showTourStep', stepId: 'overview' });
    expect(presenting.tourStepId).toBe('overview');
    expect(presenting.selectedIncidentId).toBeNull();
    expect(presenting.dateSpan).toEqual({ from: null, to: null });
    expect(presenting.tourReturn).toEqual({
      selectedIncidentId: 'strike-a',
      highlightedPassageId: 'p6',
      visibleLayers: reading.visibleLayers,
      mapView: reading.mapView,
      dateSpan: reading.dateSpan,
    });
  });

  it('keeps the first remembered view from step to step, and restores it on leaving', () => {
    const first = viewReducer(reading, { type: 'showTourStep', stepId: 'overview' });
    const moved = viewReducer(first, { type: 'moveMap', mapView: { zoom: 4, latitude: 30, longitude: 55 } });
    const second = viewReducer(moved, { type: 'showTourStep', stepId: 'panjgur' });
    expect(second.tourReturn).toBe(first.tourReturn);
    const left = viewReducer(second, { type: 'leaveTour' });
    expect(left).toEqual({ ...reading, tourStepId: null, tourReturn: null });
  });

  it('leaves a presentation opened from a link where it is', () => {
    const linked = { ...DEFAULT_VIEW_STATE, tourStepId: 'panjgur', mapView: { zoom: 6, latitude: 27, longitude: 63 } };
    expect(viewReducer(linked, { type: 'leaveTour' })).toEqual({ ...linked, tourStepId: null });
    expect(viewReducer(DEFAULT_VIEW_STATE, { type: 'leaveTour' })).toBe(DEFAULT_VIEW_STATE);
  });

  it('makes a history entry per step, so Back and Forward move through the tour', () => {
    expect(historyModeFor({ type: 'showTourStep', stepId: 'a' })).toBe('push');
    expect(historyModeFor({ type: 'leaveTour' })).toBe('push');
  });

  it('sets the span of dates, making no change when it is the same', () => {
    const span = { from: '2024-01-16', to: '2024-01-17' };
    const narrowed = viewReducer(DEFAULT_VIEW_STATE, { type: 'setDateSpan', dateSpan: span });
    expect(narrowed.dateSpan).toEqual(span);
    expect(viewReducer(narrowed, { type: 'setDateSpan', dateSpan: { ...span } })).toBe(narrowed);
  });
});
