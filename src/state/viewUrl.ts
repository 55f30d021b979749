import { ID_PATTERN } from '../model/idPatterns.ts';
import { parseIsoCalendarDate } from '../data/time/calendarDay.ts';
import { isLayerId, LAYER_IDS, type LayerId } from './layers.ts';
import { DEFAULT_VIEW_STATE, type BasemapChoice, type DateSpan, type MapView, type ViewState } from './viewState.ts';
import { linkValue, type LinkField, type LinkProblem } from './linkProblems.ts';

/**
 * The URL is the view's save file:
 * `?incident=…&passage=…&layers=…&map=zoom/lat/lng&basemap=offline&step=…&from=YYYY-MM-DD&to=YYYY-MM-DD`.
 * Reading is forgiving field by field: a malformed field falls back to its default and is reported, never thrown.
 */
export interface ParsedViewUrl {
  state: ViewState;
  /** One per field that was present but unusable. */
  ignored: LinkProblem[];
}

const PASSAGE_PATTERN = /^p[1-9][0-9]{0,3}$/;
const MAX_ID_LENGTH = 120;

function readId(value: string | null, pattern: RegExp, field: LinkField, ignored: LinkProblem[]): string | null {
  if (value === null || value === '') return null;
  if (value.length <= MAX_ID_LENGTH && pattern.test(value)) return value;
  ignored.push({ field, reason: 'not-an-id', value: linkValue(value) });
  return null;
}

function readLayers(value: string | null, ignored: LinkProblem[]): ReadonlySet<LayerId> {
  if (value === null) return DEFAULT_VIEW_STATE.visibleLayers;
  if (value === '' || value === 'none') return new Set();
  const names = value.split(',');
  const known = names.filter(isLayerId);
  const unknown = names.filter((name) => !isLayerId(name));
  if (unknown.length > 0) {
    ignored.push({
      field: 'layers',
      reason: 'unknown-layers',
      value: unknown.map((name) => `"${linkValue(name)}"`).join(', '),
    });
  }
  if (known.length === 0 && unknown.length > 0) return DEFAULT_VIEW_STATE.visibleLayers;
  return new Set(known);
}

function readMapView(value: string | null, ignored: LinkProblem[]): MapView | null {
  if (value === null || value === '') return null;
  const parts = value.split('/');
  const [zoom, latitude, longitude] = parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
  const valid =
    parts.length === 3 &&
    zoom !== undefined &&
    latitude !== undefined &&
    longitude !== undefined &&
    zoom >= 0 &&
    zoom <= 20 &&
    Math.abs(latitude) <= 85 &&
    Math.abs(longitude) <= 180;
  if (valid) return { zoom, latitude, longitude };
  ignored.push({ field: 'map', reason: 'not-a-view', value: linkValue(value) });
  return null;
}

function readBasemap(value: string | null, ignored: LinkProblem[]): BasemapChoice {
  if (value === null || value === 'online') return 'online';
  if (value === 'offline') return 'offline';
  ignored.push({ field: 'basemap', reason: 'not-a-basemap', value: linkValue(value) });
  return 'online';
}

function readDate(value: string | null, field: 'from' | 'to', ignored: LinkProblem[]): string | null {
  if (value === null || value === '') return null;
  if (parseIsoCalendarDate(value) !== null) return value;
  ignored.push({ field, reason: 'not-a-date', value: linkValue(value) });
  return null;
}

function readDateSpan(params: URLSearchParams, ignored: LinkProblem[]): DateSpan {
  const from = readDate(params.get('from'), 'from', ignored);
  const to = readDate(params.get('to'), 'to', ignored);
  if (from !== null && to !== null && to < from) {
    ignored.push({ field: 'to', reason: 'before-start', value: to, other: from });
    return { from, to: null };
  }
  return { from, to };
}

export function parseViewUrl(search: string): ParsedViewUrl {
  const params = new URLSearchParams(search);
  const ignored: LinkProblem[] = [];
  const state: ViewState = {
    selectedIncidentId: readId(params.get('incident'), ID_PATTERN, 'incident', ignored),
    highlightedPassageId: readId(params.get('passage'), PASSAGE_PATTERN, 'passage', ignored),
    visibleLayers: readLayers(params.get('layers'), ignored),
    mapView: readMapView(params.get('map'), ignored),
    basemap: readBasemap(params.get('basemap'), ignored),
    tourStepId: readId(params.get('step'), ID_PATTERN, 'step', ignored),
    dateSpan: readDateSpan(params, ignored),
    tourReturn: null,
  };
  return { state, ignored };
}

function formatMapView(view: MapView): string {
  // Five decimals is about a metre: enough to reproduce a view, short enough to share.
  const round = (degrees: number) => Number(degrees.toFixed(5)).toString();
  return `${Number(view.zoom.toFixed(2))}/${round(view.latitude)}/${round(view.longitude)}`;
}

/** Writes only what differs from the defaults, in a stable order, so equal views give equal links. */
export function formatViewUrl(state: ViewState, otherParams: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams(otherParams);
  for (const key of ['incident', 'passage', 'layers', 'map', 'basemap', 'step', 'from', 'to']) params.delete(key);
  if (state.selectedIncidentId) params.set('incident', state.selectedIncidentId);
  if (state.highlightedPassageId) params.set('passage', state.highlightedPassageId);
  const allVisible = LAYER_IDS.every((id) => state.visibleLayers.has(id));
  if (!allVisible) {
    const visible = LAYER_IDS.filter((id) => state.visibleLayers.has(id));
    params.set('layers', visible.length > 0 ? visible.join(',') : 'none');
  }
  if (state.mapView) params.set('map', formatMapView(state.mapView));
  if (state.basemap !== 'online') params.set('basemap', state.basemap);
  if (state.tourStepId) params.set('step', state.tourStepId);
  if (state.dateSpan.from) params.set('from', state.dateSpan.from);
  if (state.dateSpan.to) params.set('to', state.dateSpan.to);

  const query = params.toString().replaceAll('%2C', ',').replaceAll('%2F', '/');
  return query === '' ? '' : `?${query}`;
}

/** Fields of a link that leave the map's opening frame as the story sets it; every other field may move the map. */
const FRAME_KEEPING_FIELDS = new Set(['lang', 'layers', 'from', 'to']);

/**
 * Whether a page opened with this query shows the build's own story in its default frame, full page: no other story,
 * no editor, no frame, no saved view, step or incident to fly to, no offline basemap asked for. Only then is the frame
 * known before the story arrives.
 */
export function opensOnStoryFrame(search: string): boolean {
  return [...new URLSearchParams(search).keys()].every((key) => FRAME_KEEPING_FIELDS.has(key));
}
