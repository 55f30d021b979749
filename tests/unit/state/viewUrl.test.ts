import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/state/layers.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/state/viewState.ts';
import { formatViewUrl, opensOnStoryFrame, parseViewUrl } from '../../../src/state/viewUrl.ts';

describe('parseViewUrl', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseViewUrl('')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });

  it('reads every field of a well-formed link', () => {
    const { state, ignored } = parseViewUrl(
      '?incident=strike-panjgur&passage=p6&layers=strikes,border&map=7.5/27.1/63.25&basemap=offline',
    );
    expect(ignored).toEqual([]);
    expect(state.selectedIncidentId).toBe('strike-panjgur');
    expect(state.highlightedPassageId).toBe('p6');
    expect([...state.visibleLayers]).toEqual(['strikes', 'border']);
    expect(state.mapView).toEqual({ zoom: 7.5, latitude: 27.1, longitude: 63.25 });
    expect(state.basemap).toBe('offline');
  });

  it('ignores each malformed field on its own and keeps the good ones', () => {
    const { state, ignored } = parseViewUrl(
      '?incident=<script>&passage=p6&layers=strikes,bogus&map=99/1000/x&basemap=satellite',
    );
    expect(state.selectedIncidentId).toBeNull();
    expect(state.highlightedPassageId).toBe('p6');
    expect([...state.visibleLayers]).toEqual(['strikes']);
    expect(state.mapView).toBeNull();
    expect(state.basemap).toBe('online');
    expect(ignored).toEqual([
      { field: 'incident', reason: 'not-an-id', value: '<script>' },
      { field: 'layers', reason: 'unknown-layers', value: '"bogus"' },
      { field: 'map', reason: 'not-a-view', value: '99/1000/x' },
      { field: 'basemap', reason: 'not-a-basemap', value: 'satellite' },
    ]);
  });

  it('keeps all layers when none of the names is known, and none when asked for none', () => {
    expect(parseViewUrl('?layers=foo,bar').state.visibleLayers).toEqual(new Set(LAYER_IDS));
    expect(parseViewUrl('?layers=none').state.visibleLayers).toEqual(new Set());
  });

  it('rejects numbers written in ways Number() would accept but a person would not', () => {
    expect(parseViewUrl('?map=0x5/1e2/Infinity').state.mapView).toBeNull();
    expect(parseViewUrl('?map=5/30/60/1').state.mapView).toBeNull();
  });
});

describe('formatViewUrl', () => {
  it('writes nothing for the default view', () => {
    expect(formatViewUrl(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('round-trips through parseViewUrl', () => {
    const state: ViewState = {
      selectedIncidentId: 'strike-saravan',
      highlightedPassageId: 'p1',
      visibleLayers: new Set(['strikes', 'band']),
      mapView: { zoom: 6, latitude: 27.123456789, longitude: 62.5 },
      basemap: 'offline',
      tourStepId: 'panjgur',
      dateSpan: { from: '2024-01-16', to: '2024-01-18' },
      tourReturn: null,
    };
    const url = formatViewUrl(state);
    expect(url).toBe(
      '?incident=strike-saravan&passage=p1&layers=strikes,band&map=6/27.12346/62.5&basemap=offline' +
        '&step=panjgur&from=2024-01-16&to=2024-01-18',
    );

    expect(parseViewUrl(url).state).toEqual({ ...state, mapView: { zoom: 6, latitude: 27.12346, longitude: 62.5 } });
  });

  it('keeps parameters it does not own, such as the story to open', () => {
    const url = formatViewUrl(
      { ...DEFAULT_VIEW_STATE, selectedIncidentId: 'a' },
      new URLSearchParams('story=x.json&incident=old'),
    );
    expect(url).toBe('?story=x.json&incident=a');
  });

  it('writes "none" when every layer is hidden', () => {
    expect(formatViewUrl({ ...DEFAULT_VIEW_STATE, visibleLayers: new Set() })).toBe('?layers=none');
  });
});

describe('parseViewUrl: the tour step and the span of dates', () => {
  it('reads a step id and a span of dates', () => {
    const { state, ignored } = parseViewUrl('?step=panjgur&from=2024-01-16&to=2024-01-18');
    expect(state.tourStepId).toBe('panjgur');
    expect(state.dateSpan).toEqual({ from: '2024-01-16', to: '2024-01-18' });
    expect(ignored).toEqual([]);
  });

  it('ignores and reports a malformed step id, keeping the rest of the link', () => {
    const { state, ignored } = parseViewUrl('?step=Not%20A%20Step&incident=a');
    expect(state.tourStepId).toBeNull();
    expect(state.selectedIncidentId).toBe('a');
    expect(ignored).toEqual([{ field: 'step', reason: 'not-an-id', value: 'Not A Step' }]);
  });

  it('ignores and reports dates that are not calendar days, or an end before the start', () => {
    expect(parseViewUrl('?from=2024-02-30').ignored).toEqual([
      { field: 'from', reason: 'not-a-date', value: '2024-02-30' },
    ]);
    expect(parseViewUrl('?to=16%2F01%2F2024').state.dateSpan).toEqual({ from: null, to: null });
    const backwards = parseViewUrl('?from=2024-01-18&to=2024-01-16');
    expect(backwards.state.dateSpan).toEqual({ from: '2024-01-18', to: null });
    expect(backwards.ignored).toEqual([
      { field: 'to', reason: 'before-start', value: '2024-01-16', other: '2024-01-18' },
    ]);
  });
});

describe('opensOnStoryFrame', () => {
  it('is true for the bare page and for fields that do not move the map', () => {
    expect(opensOnStoryFrame('')).toBe(true);
    expect(opensOnStoryFrame('?lang=ur')).toBe(true);
    expect(opensOnStoryFrame('?layers=strikes&from=2024-01-16&to=2024-01-18')).toBe(true);
  });

  it('is false when the link sets a view, a step, an incident, a basemap, a frame, a story or the editor', () => {
    for (const search of [
      '?map=6/27/63',
      '?step=2',
      '?incident=x',
      '?basemap=offline',
      '?embed',
      '?story=https://example.org/s.json',
      '?edit',
      '?lang=fa&map=6/27/63',
    ]) {
      expect(opensOnStoryFrame(search), search).toBe(false);
    }
  });
});
